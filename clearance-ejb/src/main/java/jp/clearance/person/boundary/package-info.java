/** People who may be vetted; reads of their personal data are audited. */
package jp.clearance.person.boundary;
