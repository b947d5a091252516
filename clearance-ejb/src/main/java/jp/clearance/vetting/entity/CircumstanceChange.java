package jp.clearance.vetting.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/** A change of circumstances reported by a holder: new information that blocks reuse and may trigger a re-evaluation. */
@Entity
@Table(name = "circumstance_change")
public class CircumstanceChange extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "circumstance_change_seq", sequenceName = "circumstance_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circumstance_change_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CircumstanceKind kind;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    protected CircumstanceChange() {
    }

    public CircumstanceChange(Person person, CircumstanceKind kind, String description, LocalDate reportedOn) {
        this.person = person;
        this.kind = kind;
        this.description = description;
        this.reportedOn = reportedOn;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public CircumstanceKind getKind() { return kind; }
    public String getDescription() { return description; }
    public LocalDate getReportedOn() { return reportedOn; }
}
