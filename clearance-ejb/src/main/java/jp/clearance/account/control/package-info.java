/** The password policy and how password hashes are made. */
package jp.clearance.account.control;
