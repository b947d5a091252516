package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * Filter of the eligibility list: one person, the organ that decided, a status, and records still valid but ending
 * on or before {@code expiringBy}. Every field is optional.
 */
public record EligibilityFilter(Long personId, Long organId, EligibilityStatus status, LocalDate expiringBy)
        implements Serializable {
    public static EligibilityFilter all() {
        return new EligibilityFilter(null, null, null, null);
    }
}
