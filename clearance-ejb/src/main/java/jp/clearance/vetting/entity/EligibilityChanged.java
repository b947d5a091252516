package jp.clearance.vetting.entity;

/**
 * Fired (synchronously, in the changing transaction) whenever an eligibility record changes status: suspended,
 * reinstated, revoked or expired. The handler registers observe it and drop the person where the access rule no
 * longer holds.
 */
public record EligibilityChanged(long eligibilityId, long personId, EligibilityStatus newStatus) {
}
