/** Legal reference data: levels, information categories and items, survey items, parameters, penalties. */
package jp.clearance.reference.entity;
