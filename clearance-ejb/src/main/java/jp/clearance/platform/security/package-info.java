/** Roles and the caller's identity and organization scope. */
package jp.clearance.platform.security;
