package jp.clearance.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.audit.entity.AuditChain;
import jp.clearance.audit.entity.AuditEntry;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Appends to the audit trail inside the caller's transaction: if the change rolls back, so does its entry.
 * The chain head is locked for the rest of the transaction, which serialises appends and keeps ids gapless.
 */
@Dependent
public class AuditRecorder {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    public AuditEntry record(AuditAction action, String entityType, Object entityId, String detail) {
        return record(caller.name(), action, entityType, entityId, detail);
    }

    public AuditEntry record(String actor, AuditAction action, String entityType, Object entityId, String detail) {
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD, LockModeType.PESSIMISTIC_WRITE);
        long id = head.getLastId() + 1;
        String trimmed = detail == null || detail.length() <= AuditEntry.DETAIL_LENGTH
                ? detail : detail.substring(0, AuditEntry.DETAIL_LENGTH);
        String entity = entityId == null ? null : entityId.toString();
        var now = clock.now();
        String hash = AuditHasher.hash(head.getLastHash(), id, now, actor, action, entityType, entity, trimmed);
        AuditEntry entry = new AuditEntry(id, now, actor, action, entityType, entity, trimmed, head.getLastHash(), hash);
        em.persist(entry);
        head.advance(id, hash);
        return entry;
    }
}
