/** Backing beans of the incident pages: queue, incident, penalty ledger, statistics. */
package jp.clearance.web.incident;
