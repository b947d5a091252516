package jp.clearance.platform.persistence;

import jakarta.persistence.TypedQuery;

/**
 * Counting for lists over very large tables: an exact {@code count(*)} of a million rows reads them all, so
 * such lists count the matching ids up to a cap instead (an index-only scan that stops early).
 */
public final class Counting {
    /** Beyond this many matches a list says "more than 10,000": the user narrows the filter instead of paging. */
    public static final int CAP = 10_000;

    private Counting() {
    }

    /** The number of ids the query returns, counting no further than {@code CAP + 1}. */
    public static long capped(TypedQuery<Long> idQuery) {
        return idQuery.setFirstResult(0).setMaxResults(CAP + 1).getResultList().size();
    }

    public static <T> Page<T> page(java.util.List<T> items, long cappedTotal) {
        return new Page<>(items, cappedTotal, cappedTotal <= CAP);
    }
}
