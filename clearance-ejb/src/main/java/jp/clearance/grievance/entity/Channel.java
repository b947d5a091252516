package jp.clearance.grievance.entity;

/** How the complaint came in: from a logged-in employee, anonymously from the public page, or opened by the desk. */
public enum Channel {
    NAMED, ANONYMOUS, OWN_INITIATIVE
}
