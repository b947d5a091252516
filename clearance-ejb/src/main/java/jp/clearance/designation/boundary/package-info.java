/** Designated information: registers of designations, certifications, handler registers and training records. */
package jp.clearance.designation.boundary;
