/** Sending portal notifications within the caller's transaction. */
package jp.clearance.notification.control;
