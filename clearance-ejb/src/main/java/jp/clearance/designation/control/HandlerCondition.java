package jp.clearance.designation.control;

/** A condition of the access rule that a person fails; the portal shows each as {@code designation.condition.<name>}. */
public enum HandlerCondition {
    /** The designation is declassified or expired. */
    DESIGNATION_NOT_IN_FORCE,
    /** The person's record is deactivated. */
    PERSON_INACTIVE,
    /** No favourable eligibility (clearance) valid on that day. */
    NO_VALID_ELIGIBILITY,
    /** A valid eligibility exists, but for a lower level than the designation's. */
    ELIGIBILITY_LEVEL_TOO_LOW,
    /**
     * A record that would qualify is overridden by a later adverse act of the organ whose decision governs the
     * handling (an unfavourable decision, a suspension or revocation of its own record, a withdrawal of consent, a
     * refused or open re-evaluation): {@link HandlerRule#conflicts} names them; the officer resolves it by a
     * re-evaluation.
     */
    LATER_ADVERSE_DECISION,
    /** The person's organization neither designated nor received the information. */
    ORGANIZATION_NOT_HOLDING,
    /** The person's company received the information but is not certified (in force) on that day. */
    ENTITY_NOT_CERTIFIED,
    /** The person has no section, or it is not an active need-to-know section. */
    NO_NEED_TO_KNOW_SECTION,
    /** The person's section of a conforming entity is not among the departments named in the contract. */
    SECTION_NOT_IN_CONTRACT,
    /** No security training valid on that day. */
    NO_VALID_TRAINING
}
