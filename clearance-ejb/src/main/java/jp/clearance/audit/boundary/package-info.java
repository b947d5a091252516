/** The audit trail as auditors see it: filter and verify. */
package jp.clearance.audit.boundary;
