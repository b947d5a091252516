package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A file of a complaint without its content: name, type, size, SHA-256, when and by whom it was added (an account,
 * or {@code ANONYMOUS} for the anonymous complainant).
 */
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256,
                             LocalDateTime addedAt, String addedBy) implements Serializable {
}
