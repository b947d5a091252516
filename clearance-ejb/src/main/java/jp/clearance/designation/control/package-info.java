/** Designated information: period limits and the handler access rule. */
package jp.clearance.designation.control;
