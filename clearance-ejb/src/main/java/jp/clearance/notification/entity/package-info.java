/** Portal notifications. */
package jp.clearance.notification.entity;
