package jp.clearance.platform.persistence;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list and the number of rows the filter matches. Lists that can reach national scale count
 * at most {@link Counting#CAP} + 1 rows: then {@code totalExact} is false and the total means "more than CAP".
 */
public record Page<T>(List<T> items, long total, boolean totalExact) implements Serializable {
    public Page(List<T> items, long total) {
        this(items, total, true);
    }
}
