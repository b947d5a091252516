/** Audit entries and the chain head. */
package jp.clearance.audit.entity;
