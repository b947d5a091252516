package jp.clearance.designation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/** A line of a handler register (取扱者名簿): a person who may handle a designation, from a day until removed. */
@Entity
@Table(name = "handler_entry")
public class HandlerEntry extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "handler_entry_seq", sequenceName = "handler_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handler_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "designation_id", nullable = false, updatable = false)
    private Designation designation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "added_on", nullable = false, updatable = false)
    private LocalDate addedOn;

    @Column(nullable = false)
    private boolean active = true;

    /** The person while the entry is active, null once removed: the key of "at most once at a time" (V74). */
    @Column(name = "active_person_id")
    private Long activePersonId;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_reason", length = 32)
    private RemovalReason removalReason;

    @Column(name = "removal_note", length = NOTE_LENGTH)
    private String removalNote;

    protected HandlerEntry() {
    }

    public HandlerEntry(Designation designation, Person person, LocalDate addedOn) {
        this.designation = designation;
        this.person = person;
        this.addedOn = addedOn;
        this.activePersonId = person.getId();
    }

    public void remove(LocalDate on, RemovalReason reason, String note) {
        this.active = false;
        this.activePersonId = null;
        this.removedOn = on;
        this.removalReason = reason;
        this.removalNote = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    public Long getId() { return id; }
    public Designation getDesignation() { return designation; }
    public Person getPerson() { return person; }
    public LocalDate getAddedOn() { return addedOn; }
    public boolean isActive() { return active; }
    public LocalDate getRemovedOn() { return removedOn; }
    public RemovalReason getRemovalReason() { return removalReason; }
    public String getRemovalNote() { return removalNote; }
}
