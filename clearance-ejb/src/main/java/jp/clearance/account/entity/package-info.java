/** User accounts. */
package jp.clearance.account.entity;
