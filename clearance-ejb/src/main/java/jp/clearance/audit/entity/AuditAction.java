package jp.clearance.audit.entity;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, TRANSITION, DEACTIVATE, REACTIVATE, READ, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_DENIED, VERIFY
}
