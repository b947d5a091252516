package jp.clearance.vetting.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.BusinessException;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * The allowed status changes of an eligibility record: a valid one may be suspended, revoked or expire; a suspended
 * one may be reinstated, revoked or expire; revoked and expired are final.
 */
public final class EligibilityLifecycle {
    private static final Map<EligibilityStatus, Set<EligibilityStatus>> ALLOWED = Map.of(
            EligibilityStatus.VALID, EnumSet.of(EligibilityStatus.SUSPENDED, EligibilityStatus.REVOKED,
                    EligibilityStatus.EXPIRED),
            EligibilityStatus.SUSPENDED, EnumSet.of(EligibilityStatus.VALID, EligibilityStatus.REVOKED,
                    EligibilityStatus.EXPIRED),
            EligibilityStatus.REVOKED, EnumSet.noneOf(EligibilityStatus.class),
            EligibilityStatus.EXPIRED, EnumSet.noneOf(EligibilityStatus.class));

    private EligibilityLifecycle() {
    }

    public static boolean allowed(EligibilityStatus from, EligibilityStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** @throws BusinessException {@code eligibility.transitionNotAllowed} (from, to) */
    public static void require(EligibilityStatus from, EligibilityStatus to) {
        if (!allowed(from, to)) {
            throw new BusinessException("eligibility.transitionNotAllowed", from.name(), to.name());
        }
    }
}
