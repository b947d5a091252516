/** Pages of eligibility records (administration). */
package jp.clearance.web.vetting;
