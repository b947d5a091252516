/** Backing beans of the signed-in user's own account pages (/account). */
package jp.clearance.web.account;
