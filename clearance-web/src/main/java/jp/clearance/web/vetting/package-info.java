/** Backing beans of the vetting pages (/vetting/*.xhtml): work queues, the person's evaluations and questionnaire, a case, and eligibility records (administration). */
package jp.clearance.web.vetting;
