package jp.clearance.grievance.entity;

/** The desk's decision on a complaint. */
public enum Outcome {
    SUBSTANTIATED, PARTLY_SUBSTANTIATED, NOT_SUBSTANTIATED;

    /** Whether the decision may (and must) name remedies. */
    public boolean callsForRemedy() {
        return this != NOT_SUBSTANTIATED;
    }
}
