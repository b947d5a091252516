/** The caller's portal notifications. */
package jp.clearance.notification.boundary;
