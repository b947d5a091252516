package jp.clearance.designation.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.BusinessException;

/**
 * The lifecycle of a designation: designated → extended (any number of times) → declassified or expired. The
 * allowed transitions are here and nowhere else; the boundary asks {@link #requireTransitionTo}.
 */
public enum DesignationStatus {
    DESIGNATED, EXTENDED, DECLASSIFIED, EXPIRED;

    private static final Map<DesignationStatus, Set<DesignationStatus>> ALLOWED = Map.of(
            DESIGNATED, EnumSet.of(EXTENDED, DECLASSIFIED, EXPIRED),
            EXTENDED, EnumSet.of(EXTENDED, DECLASSIFIED, EXPIRED),
            DECLASSIFIED, EnumSet.noneOf(DesignationStatus.class),
            EXPIRED, EnumSet.noneOf(DesignationStatus.class));

    public boolean canMoveTo(DesignationStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Whether the information is still designated (not declassified, not expired). */
    public boolean isInForce() {
        return this == DESIGNATED || this == EXTENDED;
    }

    /** @throws BusinessException {@code designation.transitionNotAllowed} (from, to) */
    public void requireTransitionTo(DesignationStatus next) {
        if (!canMoveTo(next)) {
            throw new BusinessException("designation.transitionNotAllowed", name(), next.name());
        }
    }
}
