package jp.clearance.incident.entity;

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

/** One line of an incident's timeline (append-only): every step, and the officers' comments. */
@Entity
@Table(name = "incident_event")
public class IncidentEvent implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NOTE_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "incident_event_seq", sequenceName = "incident_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_event_seq")
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private IncidentEventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected IncidentEvent() {
    }

    public IncidentEvent(long incidentId, IncidentEventKind kind, LocalDateTime occurredAt, String actor, String note) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    public Long getId() { return id; }
    public long getIncidentId() { return incidentId; }
    public IncidentEventKind getKind() { return kind; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
