/** Backing beans of the administration pages (/admin). */
package jp.clearance.web.admin;
