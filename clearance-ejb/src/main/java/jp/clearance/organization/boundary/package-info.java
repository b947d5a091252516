/** Administrative organs, conforming business entities and their sections. */
package jp.clearance.organization.boundary;
