package jp.clearance.reference.entity;

/** The kind of offence a penalty row belongs to (the penal chapters of both Acts have the same shape). */
public enum Offence {
    INTENTIONAL_LEAK_HANDLER, LEAK_RECIPIENT, ATTEMPT, NEGLIGENT_LEAK_HANDLER, NEGLIGENT_LEAK_RECIPIENT,
    ACQUISITION, CONSPIRACY
}
