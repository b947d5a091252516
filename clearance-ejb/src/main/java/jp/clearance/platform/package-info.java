/** Business errors shared by every component. */
package jp.clearance.platform;
