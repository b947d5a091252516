/** Backing beans of the grievance pages (/grievance/*) and of the public anonymous pages (/public/complaint, /public/receipt). */
package jp.clearance.web.grievance;
