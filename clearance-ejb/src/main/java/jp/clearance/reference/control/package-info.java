/** Rules of the reference data that need no container: the effective-date timeline of versions. */
package jp.clearance.reference.control;
