package jp.clearance.vetting.entity;

/** State of an eligibility record. Only VALID (and not past its end date) lets a person handle information. */
public enum EligibilityStatus {
    VALID, SUSPENDED, REVOKED, EXPIRED
}
