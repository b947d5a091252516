/** Appending to the hash-chained audit trail and verifying the chain. */
package jp.clearance.audit.control;
