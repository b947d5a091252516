package jp.clearance.designation.entity;

/** Why a person left a handler register. */
public enum RemovalReason {
    /** Taken off by a security officer. */
    MANUAL,
    /** The access rule no longer holds (clearance lapsed, suspended or revoked, training expired, moved section...). */
    NO_LONGER_ELIGIBLE,
    /** The designation was declassified or expired. */
    DESIGNATION_ENDED
}
