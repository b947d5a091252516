/**
 * Eligibility evaluations (nomination, consent, questionnaire, investigation, adjudication, certificates, reuse)
 * and eligibility records (external ones entered by administrators, status changes, daily expiry).
 */
package jp.clearance.vetting.boundary;
