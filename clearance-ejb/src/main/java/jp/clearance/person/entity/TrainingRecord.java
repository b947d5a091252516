package jp.clearance.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.clearance.platform.persistence.Tracked;

/** Security training a person completed; required, and valid, to be on a handler register. */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int COURSE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "training_record_seq", sequenceName = "training_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_record_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @NotBlank
    @Size(max = COURSE_LENGTH)
    @Column(nullable = false, length = COURSE_LENGTH)
    private String course;

    @NotNull
    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected TrainingRecord() {
    }

    public TrainingRecord(Person person, String course, LocalDate completedOn, LocalDate validUntil) {
        this.person = person;
        this.course = course;
        this.completedOn = completedOn;
        this.validUntil = validUntil;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(completedOn) && !date.isAfter(validUntil);
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
