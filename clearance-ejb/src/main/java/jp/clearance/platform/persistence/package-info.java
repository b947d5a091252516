/** Schema migration, paging and record tracking shared by every component. */
package jp.clearance.platform.persistence;
