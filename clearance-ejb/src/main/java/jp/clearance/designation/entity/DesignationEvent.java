package jp.clearance.designation.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a designation's history (append-only). Notes never carry personal data beyond a person id. */
@Entity
@Table(name = "designation_event")
public class DesignationEvent implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "designation_event_seq", sequenceName = "designation_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_event_seq")
    private Long id;

    @Column(name = "designation_id", nullable = false, updatable = false)
    private long designationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private DesignationEventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "until_before", updatable = false)
    private LocalDate untilBefore;

    @Column(name = "until_after", updatable = false)
    private LocalDate untilAfter;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected DesignationEvent() {
    }

    public DesignationEvent(long designationId, DesignationEventKind kind, LocalDateTime occurredAt, String actor,
                            LocalDate effectiveOn, LocalDate untilBefore, LocalDate untilAfter, String note) {
        this.designationId = designationId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.effectiveOn = effectiveOn;
        this.untilBefore = untilBefore;
        this.untilAfter = untilAfter;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    public Long getId() { return id; }
    public long getDesignationId() { return designationId; }
    public DesignationEventKind getKind() { return kind; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public LocalDate getUntilBefore() { return untilBefore; }
    public LocalDate getUntilAfter() { return untilAfter; }
    public String getNote() { return note; }
}
