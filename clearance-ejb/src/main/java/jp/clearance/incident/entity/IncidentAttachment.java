package jp.clearance.incident.entity;

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
 * An evidence file of an incident, immutable once added: its SHA-256, who added it and when (chain of custody; see
 * {@link StoredFile}). Lists read it through projections without the content; the content is loaded only for a
 * download.
 */
@Entity
@Table(name = "incident_attachment")
public class IncidentAttachment extends StoredFile {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "incident_attachment_seq", sequenceName = "incident_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_attachment_seq")
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    protected IncidentAttachment() {
    }

    public IncidentAttachment(long incidentId, String fileName, String contentType, byte[] content,
                              LocalDateTime addedAt, String addedBy) {
        super(fileName, contentType, content, addedAt, addedBy);
        this.incidentId = incidentId;
    }

    public Long getId() { return id; }
    public long getIncidentId() { return incidentId; }
}
