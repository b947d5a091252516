package jp.clearance.person.entity;

/**
 * A CDI event fired in the transaction that changed where a person works or whether they are active (employer,
 * section, deactivation). Observers that depend on those facts — the handler registers — check the person at once
 * instead of waiting for the daily check.
 */
public record PersonChanged(long personId) {
}
