/** The application clock, and the one way dates are read and written (Dates). */
package jp.clearance.platform.time;
