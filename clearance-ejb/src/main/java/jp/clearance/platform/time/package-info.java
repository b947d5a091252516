/** The application clock. */
package jp.clearance.platform.time;
