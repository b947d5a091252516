/**
 * The legal reference data as the other components use it ({@link jp.clearance.reference.boundary.ReferenceData}:
 * the parameter, penalty, levels, categories and survey items in force on a day) and as administrators keep it.
 */
package jp.clearance.reference.boundary;
