package jp.clearance.incident.entity;

/** What a line of an incident's timeline records. */
public enum IncidentEventKind {
    REPORTED, TRANSITION, UPDATED, DESIGNATION_ADDED, PARTY_ADDED, CLEARANCE_SUSPENDED, REEVALUATION_REQUESTED,
    ATTACHMENT_ADDED, TASK_ADDED, TASK_DONE, COMMENT, CHARGE_LAID, CHARGE_STEP, FINE_PAID
}
