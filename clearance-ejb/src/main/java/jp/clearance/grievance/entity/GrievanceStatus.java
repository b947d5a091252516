package jp.clearance.grievance.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life of a complaint. LODGED: waiting for the desk's acknowledgement; ACKNOWLEDGED: the desk confirmed
 * receipt; INVESTIGATING: the desk is looking into it; DECIDED: a decision with reasons (and remedies) was given;
 * WITHDRAWN: the complainant withdrew it. The allowed transitions are {@link #next()}; the boundary checks them.
 */
public enum GrievanceStatus {
    LODGED, ACKNOWLEDGED, INVESTIGATING, DECIDED, WITHDRAWN;

    /** The steps of the regular course, in order, as the case page's step tracker shows them. */
    public static final List<GrievanceStatus> COURSE = List.of(LODGED, ACKNOWLEDGED, INVESTIGATING, DECIDED);

    /** The step of {@link #COURSE} a complaint in this status is at (from 0); withdrawn is on no step (-1). */
    public int courseStep() {
        return COURSE.indexOf(this);
    }

    /** The statuses this one may change to. */
    public Set<GrievanceStatus> next() {
        return switch (this) {
            case LODGED -> EnumSet.of(ACKNOWLEDGED, WITHDRAWN);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, DECIDED, WITHDRAWN);
            case INVESTIGATING -> EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED, WITHDRAWN -> EnumSet.noneOf(GrievanceStatus.class);
        };
    }

    public boolean canBecome(GrievanceStatus target) {
        return next().contains(target);
    }

    /** Still being handled: the decision target runs. */
    public boolean isOpen() {
        return this != DECIDED && this != WITHDRAWN;
    }

    /** The statuses in which the desk has not decided yet. */
    public static Set<GrievanceStatus> open() {
        return EnumSet.of(LODGED, ACKNOWLEDGED, INVESTIGATING);
    }
}
