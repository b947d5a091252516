/** Complaints (苦情), anonymous receipts, their timeline, decisions and remedies. */
package jp.clearance.grievance.entity;
