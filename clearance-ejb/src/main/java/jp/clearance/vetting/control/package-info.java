/**
 * The vetting module's logic: eligibility status rules, the questionnaire's shape and rules, nomination lists,
 * PDFs, shared checks.
 */
package jp.clearance.vetting.control;
