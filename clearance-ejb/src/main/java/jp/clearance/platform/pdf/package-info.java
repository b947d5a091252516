/** PDF writing shared by every component: the embedded Japanese font, wrapping at the page width, extractable text. */
package jp.clearance.platform.pdf;
