package jp.clearance.grievance.entity;

/** An entry of a complaint's timeline; {@link #visibleToComplainant()} says whether the complainant sees it. */
public enum EntryKind {
    STATUS, MESSAGE_TO_COMPLAINANT, MESSAGE_FROM_COMPLAINANT, NOTE, EMPLOYER_REQUEST;

    public boolean visibleToComplainant() {
        return this == STATUS || this == MESSAGE_TO_COMPLAINANT || this == MESSAGE_FROM_COMPLAINANT;
    }
}
