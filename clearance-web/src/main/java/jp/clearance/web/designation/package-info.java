/** Pages of designated information: the designation register and a designation with its handler register. */
package jp.clearance.web.designation;
