/** User accounts, roles and logins. */
package jp.clearance.account.boundary;
