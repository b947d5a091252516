/** Eligibility evaluations and their results (eligibility records). */
package jp.clearance.vetting.entity;
