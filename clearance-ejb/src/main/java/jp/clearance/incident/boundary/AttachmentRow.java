package jp.clearance.incident.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An evidence file without its content: name, type, size, SHA-256, who added it and when. */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes, String sha256,
                            LocalDateTime addedAt, String addedBy) implements Serializable {
}
