package jp.clearance.audit.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import jp.clearance.audit.entity.AuditAction;

/**
 * An audit entry as the auditor reads it: the entry as stored, with who the actor is (the name of the person their
 * account belongs to, in Japanese and Latin letters, and the account's roles; all empty for {@code system},
 * {@code anonymous} and accounts that no longer exist).
 */
public record AuditRow(long id, LocalDateTime occurredAt, String actor, String actorNameJa, String actorNameEn,
                       List<String> actorRoles, AuditAction action, String entityType, String entityId, String detail,
                       String prevHash, String hash) implements Serializable {
}
