/** Eligibility records (external ones entered by administrators), their status changes and daily expiry. */
package jp.clearance.vetting.boundary;
