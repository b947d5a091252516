/** The REST API (/api). */
package jp.clearance.web.api;
