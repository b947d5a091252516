package jp.clearance.incident.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.BusinessException;

/**
 * The proceedings on one charge: laid → referred to prosecutors → indicted or not indicted; indicted → judgment;
 * judgment → appealed (→ a new judgment) or final. Not indicted and final end the proceedings.
 */
public enum ChargeStatus {
    LAID, REFERRED, INDICTED, NOT_INDICTED, JUDGED, APPEALED, FINAL;

    private static final Map<ChargeStatus, Set<ChargeStatus>> ALLOWED = Map.of(
            LAID, EnumSet.of(REFERRED),
            REFERRED, EnumSet.of(INDICTED, NOT_INDICTED),
            INDICTED, EnumSet.of(JUDGED),
            NOT_INDICTED, EnumSet.noneOf(ChargeStatus.class),
            JUDGED, EnumSet.of(APPEALED, FINAL),
            APPEALED, EnumSet.of(JUDGED),
            FINAL, EnumSet.noneOf(ChargeStatus.class));

    public boolean canMoveTo(ChargeStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<ChargeStatus> next() {
        return ALLOWED.get(this);
    }

    /** The proceedings have ended (no further step possible). */
    public boolean isEnded() {
        return ALLOWED.get(this).isEmpty();
    }

    /** @throws BusinessException {@code charge.transitionNotAllowed} (from, to) */
    public void requireTransitionTo(ChargeStatus next) {
        if (!canMoveTo(next)) {
            throw new BusinessException("charge.transitionNotAllowed", name(), next.name());
        }
    }
}
