package jp.clearance.incident.entity;

/** The outcome of a judgment on a charge. */
public enum JudgmentOutcome {
    CONVICTED, ACQUITTED
}
