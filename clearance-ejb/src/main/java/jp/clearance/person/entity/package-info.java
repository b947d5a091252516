/** People (personal data). */
package jp.clearance.person.entity;
