/** Portal infrastructure: authentication, language, messages, lazy tables. */
package jp.clearance.web.platform;
