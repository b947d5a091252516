package jp.clearance.grievance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One entry of a complaint's timeline: a status change, a message to or from the complainant, an internal note or
 * a request to the employer. Append-only; the author of an anonymous complainant's entry is "anonymous".
 */
@Entity
@Table(name = "grievance_entry")
public class GrievanceEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int BODY_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "grievance_entry_seq", sequenceName = "grievance_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_entry_seq")
    private Long id;

    @Column(name = "grievance_id", nullable = false, updatable = false)
    private Long grievanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private EntryKind kind;

    @Column(nullable = false, updatable = false)
    private boolean visible;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, updatable = false)
    private GrievanceStatus status;

    @Column(length = BODY_LENGTH, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected GrievanceEntry() {
    }

    public GrievanceEntry(long grievanceId, EntryKind kind, String author, GrievanceStatus status, String body,
                          LocalDateTime createdAt) {
        this.grievanceId = grievanceId;
        this.kind = kind;
        this.visible = kind.visibleToComplainant();
        this.author = author;
        this.status = status;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getGrievanceId() { return grievanceId; }
    public EntryKind getKind() { return kind; }
    public boolean isVisible() { return visible; }
    public String getAuthor() { return author; }
    public GrievanceStatus getStatus() { return status; }
    public String getBody() { return body; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
