/** Grievance logic: receipt codes, deadlines, the retaliation check, lodging rules, throttling, vetting facts. */
package jp.clearance.grievance.control;
