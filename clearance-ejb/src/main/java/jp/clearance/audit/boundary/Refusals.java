package jp.clearance.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;

/**
 * Records a refusal (a read of personal data the caller may not make, a wrong current password) in a transaction of its
 * own, so the entry stays although the refusal rolls the caller's transaction back. The caller must not have written to
 * the audit trail in its own transaction before (the chain head it locked would make this one wait for it).
 */
@Stateless
@PermitAll
public class Refusals {
    @Inject
    AuditRecorder audit;

    /**
     * An {@link AuditAction#ACCESS_DENIED} entry: the caller (who), the entity (what), the purpose they gave and why the
     * read was refused, in the form of the allowed read's detail ({@code purpose=...}) followed by {@code ; refused=...}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String entityType, Object entityId, String purpose, String reason) {
        audit.record(AuditAction.ACCESS_DENIED, entityType, entityId, detail(purpose, reason));
    }

    static String detail(String purpose, String reason) {
        String given = purpose == null || purpose.isBlank() ? "(none)" : purpose.strip();
        return "purpose=" + given + "; refused=" + reason;
    }
}
