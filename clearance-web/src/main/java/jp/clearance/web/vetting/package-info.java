/** Backing beans of the vetting pages (/vetting/*.xhtml): work queues, the person's evaluations and questionnaire, a case. */
package jp.clearance.web.vetting;
