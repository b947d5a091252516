/** Designated information, its history, conforming-entity certifications, provisions and handler registers. */
package jp.clearance.designation.entity;
