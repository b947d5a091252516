package jp.clearance.grievance.entity;

/**
 * Why the complainant believes they were treated unfavourably: because they refused consent, withdrew it, because
 * of the evaluation's result, or because they complained before (retaliation). NONE for complaints about the
 * evaluation itself.
 */
public enum Ground {
    REFUSED_CONSENT, WITHDREW_CONSENT, EVALUATION_RESULT, HAVING_COMPLAINED, NONE
}
