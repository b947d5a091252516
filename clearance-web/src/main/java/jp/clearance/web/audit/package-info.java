/** Backing beans of the audit pages (/audit). */
package jp.clearance.web.audit;
