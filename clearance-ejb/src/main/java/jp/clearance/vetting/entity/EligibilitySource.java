package jp.clearance.vetting.entity;

/** Where an eligibility record comes from: entered by an administrator, or a favourable evaluation in Clearance. */
public enum EligibilitySource {
    EXTERNAL, EVALUATION
}
