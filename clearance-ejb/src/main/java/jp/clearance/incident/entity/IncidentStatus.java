package jp.clearance.incident.entity;

import java.util.EnumSet;
import java.util.List;
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

    /**
     * The steps of the full course, in order, as the case page's step tracker shows them: the decision on indictment is
     * one step (indicted or not).
     */
    public static final List<IncidentStatus> COURSE = List.of(REPORTED, UNDER_INVESTIGATION, REFERRED, INDICTED, JUDGED,
            FINAL, CLOSED);

    /** The step of {@link #COURSE} an incident in this status is at (from 0); not indicted is the indictment step. */
    public int courseStep() {
        return this == NOT_INDICTED ? COURSE.indexOf(INDICTED) : COURSE.indexOf(this);
    }

    /** Who holds an incident: whose move it is. */
    public enum Holder { COMPLIANCE, PROSECUTORS, COURT, NONE }

    /** Who holds the incident in this status: the compliance desk, the prosecutors, the court; nobody once closed. */
    public Holder holder() {
        return switch (this) {
            case REPORTED, UNDER_INVESTIGATION, NOT_INDICTED, FINAL -> Holder.COMPLIANCE;
            case REFERRED -> Holder.PROSECUTORS;
            case INDICTED, JUDGED -> Holder.COURT;
            case CLOSED -> Holder.NONE;
        };
    }

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
