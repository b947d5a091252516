package jp.clearance.designation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;

/**
 * Records a refused access to designated information in its own transaction, so that the entry survives the
 * refusal (which rolls the caller's transaction back).
 */
@Stateless
@PermitAll
public class AccessLog {
    @Inject
    AuditRecorder audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(String entityType, long id, String detail) {
        audit.record(AuditAction.ACCESS_DENIED, entityType, id, detail);
    }
}
