/** Leak incidents (COMPLIANCE_OFFICER), charges and proceedings, the penalty ledger and statistics. */
package jp.clearance.incident.boundary;
