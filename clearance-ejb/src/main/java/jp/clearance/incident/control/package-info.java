/** The statutory-maximum rule for sentences, and the incident module's reference-data look-ups. */
package jp.clearance.incident.control;
