package jp.clearance.incident.entity;

/** How an incident ended, for the statistics: set when it is closed (OPEN until then). */
public enum IncidentOutcome {
    OPEN, NO_REFERRAL, NOT_INDICTED, CONVICTED, ACQUITTED
}
