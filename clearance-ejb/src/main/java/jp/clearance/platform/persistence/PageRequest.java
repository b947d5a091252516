package jp.clearance.platform.persistence;

import java.io.Serializable;

/** Which page of a list to fetch: offset, size (capped), and an optional sort field with direction. */
public record PageRequest(int first, int size, String sortField, boolean ascending) implements Serializable {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
