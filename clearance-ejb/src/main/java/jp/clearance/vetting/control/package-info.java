/** Rules of eligibility records: their allowed status changes. */
package jp.clearance.vetting.control;
