package jp.clearance.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.audit.entity.AuditEntry;

/** Computes the SHA-256 hash of an audit entry over a canonical form of all its fields and its predecessor's hash. */
public final class AuditHasher {
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditHasher() {
    }

    public static String hash(String prevHash, long id, LocalDateTime occurredAt, String actor, AuditAction action,
                              String entityType, String entityId, String detail) {
        String canonical = String.join("\u001f", prevHash, Long.toString(id), TIME.format(occurredAt), actor,
                action.name(), entityType, nullToEmpty(entityId), nullToEmpty(detail));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(AuditEntry e) {
        return hash(e.getPrevHash(), e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getDetail());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
