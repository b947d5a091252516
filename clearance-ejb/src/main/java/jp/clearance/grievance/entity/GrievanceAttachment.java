package jp.clearance.grievance.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A file attached to a complaint, immutable once added, with its SHA-256. {@code addedBy} is the account of a named
 * complainant or of a desk officer; for the anonymous complainant it is {@link #ANONYMOUS} and nothing else. Lists
 * read it through projections without the content; the content is loaded only for a download.
 */
@Entity
@Table(name = "grievance_attachment")
public class GrievanceAttachment implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The author of a file added through the receipt code: a marker, no identity. */
    public static final String ANONYMOUS = "ANONYMOUS";
    public static final int NAME_LENGTH = 255;
    public static final int TYPE_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "grievance_attachment_seq", sequenceName = "grievance_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_attachment_seq")
    private Long id;

    @Column(name = "grievance_id", nullable = false, updatable = false)
    private long grievanceId;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    protected GrievanceAttachment() {
    }

    public GrievanceAttachment(long grievanceId, String fileName, String contentType, byte[] content, String sha256,
                               LocalDateTime addedAt, String addedBy) {
        this.grievanceId = grievanceId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public Long getId() { return id; }
    public long getGrievanceId() { return grievanceId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public LocalDateTime getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }
}
