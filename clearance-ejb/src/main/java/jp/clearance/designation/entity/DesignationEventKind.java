package jp.clearance.designation.entity;

/** What happened to a designation, as its history shows it. */
public enum DesignationEventKind {
    DESIGNATED, EXTENDED, DECLASSIFIED, EXPIRED, PROVIDED, HANDLER_ADDED, HANDLER_REMOVED
}
