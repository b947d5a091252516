/** The vetting module's logic: the questionnaire's shape and rules, nomination lists, PDFs, shared checks. */
package jp.clearance.vetting.control;
