/** Organizations and sections. */
package jp.clearance.organization.entity;
