package jp.clearance.platform.persistence;

import java.io.Serializable;
import java.util.List;

/** One page of a list, and the total number of rows the filter matches. */
public record Page<T>(List<T> items, long total) implements Serializable {
}
