/** Schema migration, paging, record tracking and stored files shared by every component. */
package jp.clearance.platform.persistence;
