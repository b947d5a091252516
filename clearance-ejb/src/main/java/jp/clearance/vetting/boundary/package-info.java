/** Eligibility evaluations: nomination, consent, questionnaire, investigation, adjudication, certificates, reuse. */
package jp.clearance.vetting.boundary;
