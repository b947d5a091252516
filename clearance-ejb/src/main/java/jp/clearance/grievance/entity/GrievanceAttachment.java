package jp.clearance.grievance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.clearance.platform.persistence.StoredFile;

/**
 * A file attached to a complaint, immutable once added, with its SHA-256 ({@link StoredFile}). {@code addedBy} is the
 * account of a named complainant or of a desk officer; for the anonymous complainant it is {@link #ANONYMOUS} and
 * nothing else. Lists read it through projections without the content; the content is loaded only for a download.
 */
@Entity
@Table(name = "grievance_attachment")
public class GrievanceAttachment extends StoredFile {
    private static final long serialVersionUID = 1L;
    /** The author of a file added through the receipt code: a marker, no identity. */
    public static final String ANONYMOUS = "ANONYMOUS";

    @Id
    @SequenceGenerator(name = "grievance_attachment_seq", sequenceName = "grievance_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_attachment_seq")
    private Long id;

    @Column(name = "grievance_id", nullable = false, updatable = false)
    private long grievanceId;

    protected GrievanceAttachment() {
    }

    public GrievanceAttachment(long grievanceId, String fileName, String contentType, byte[] content,
                               LocalDateTime addedAt, String addedBy) {
        super(fileName, contentType, content, addedAt, addedBy);
        this.grievanceId = grievanceId;
    }

    public Long getId() { return id; }
    public long getGrievanceId() { return grievanceId; }
}
