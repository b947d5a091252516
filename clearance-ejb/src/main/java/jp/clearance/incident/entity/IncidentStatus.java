package jp.clearance.incident.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.BusinessException;

/**
 * The lifecycle of a leak incident: reported → under investigation → (referred to prosecutors → indicted or not
 * indicted → judgment → final) → closed; or closed without referral (with a reason). The allowed transitions are
 * here and nowhere else; the boundary asks {@link #requireTransitionTo}.
 */
public enum IncidentStatus {
    REPORTED, UNDER_INVESTIGATION, REFERRED, INDICTED, NOT_INDICTED, JUDGED, FINAL, CLOSED;

    private static final Map<IncidentStatus, Set<IncidentStatus>> ALLOWED = Map.of(
            REPORTED, EnumSet.of(UNDER_INVESTIGATION, CLOSED),
            UNDER_INVESTIGATION, EnumSet.of(REFERRED, CLOSED),
            REFERRED, EnumSet.of(INDICTED, NOT_INDICTED),
            INDICTED, EnumSet.of(JUDGED),
            NOT_INDICTED, EnumSet.of(CLOSED),
            JUDGED, EnumSet.of(FINAL),
            FINAL, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(IncidentStatus.class));

    public boolean canMoveTo(IncidentStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The states this one may move to, in declaration order (what the page offers). */
    public Set<IncidentStatus> next() {
        return ALLOWED.get(this);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Closing before any referral to prosecutors: a reason is required. */
    public boolean closesWithoutReferral(IncidentStatus next) {
        return next == CLOSED && (this == REPORTED || this == UNDER_INVESTIGATION);
    }

    /** @throws BusinessException {@code incident.transitionNotAllowed} (from, to) */
    public void requireTransitionTo(IncidentStatus next) {
        if (!canMoveTo(next)) {
            throw new BusinessException("incident.transitionNotAllowed", name(), next.name());
        }
    }
}
