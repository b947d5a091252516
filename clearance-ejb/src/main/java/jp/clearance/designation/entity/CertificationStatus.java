package jp.clearance.designation.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.BusinessException;

/**
 * The state of a conforming-entity certification: certified (information may be provided), refused, under
 * re-review after a reported change (nothing may be provided until it is certified again), or revoked.
 */
public enum CertificationStatus {
    CERTIFIED, REFUSED, REVIEW_REQUIRED, REVOKED;

    private static final Map<CertificationStatus, Set<CertificationStatus>> ALLOWED = Map.of(
            CERTIFIED, EnumSet.of(REVIEW_REQUIRED, REVOKED),
            REVIEW_REQUIRED, EnumSet.of(CERTIFIED, REVOKED),
            REFUSED, EnumSet.noneOf(CertificationStatus.class),
            REVOKED, EnumSet.noneOf(CertificationStatus.class));

    public boolean canMoveTo(CertificationStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** @throws BusinessException {@code certification.transitionNotAllowed} (from, to) */
    public void requireTransitionTo(CertificationStatus next) {
        if (!canMoveTo(next)) {
            throw new BusinessException("certification.transitionNotAllowed", name(), next.name());
        }
    }
}
