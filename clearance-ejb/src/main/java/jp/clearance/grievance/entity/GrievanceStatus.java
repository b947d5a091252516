package jp.clearance.grievance.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a complaint. LODGED: waiting for the desk's acknowledgement; ACKNOWLEDGED: the desk confirmed
 * receipt; INVESTIGATING: the desk is looking into it; DECIDED: a decision with reasons (and remedies) was given;
 * WITHDRAWN: the complainant withdrew it. The allowed transitions are {@link #next()}; the boundary checks them.
 */
public enum GrievanceStatus {
    LODGED, ACKNOWLEDGED, INVESTIGATING, DECIDED, WITHDRAWN;

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
