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
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/**
 * A person's eligibility (適性評価の結果, "clearance") for a level: favourable, notified on a date, valid until a
 * date computed from reference data. Entered as an external record, or created from a favourable evaluation.
 */
@Entity
@Table(name = "eligibility")
public class Eligibility extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int REASON_LENGTH = 2000;
    public static final int REFERENCE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "eligibility_seq", sequenceName = "eligibility_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eligibility_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The level covered: a {@code ref_level} code (TOP_SECRET also covers CONFIDENTIAL, by rank). */
    @NotBlank
    @Size(max = 64)
    @Column(name = "level_code", nullable = false, length = 64)
    private String levelCode;

    /** The organ whose head decided (or recorded) the eligibility. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organ_id", nullable = false)
    private Organization organ;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private EligibilitySource source;

    @Column(name = "evaluation_id")
    private Long evaluationId;

    @Size(max = REFERENCE_LENGTH)
    @Column(name = "external_reference", length = REFERENCE_LENGTH)
    private String externalReference;

    @NotNull
    @Column(name = "notified_on", nullable = false)
    private LocalDate notifiedOn;

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EligibilityStatus status = EligibilityStatus.VALID;

    @Size(max = REASON_LENGTH)
    @Column(name = "status_reason", length = REASON_LENGTH)
    private String statusReason;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    protected Eligibility() {
    }

    public Eligibility(Person person, String levelCode, Organization organ, EligibilitySource source,
                       LocalDate notifiedOn, LocalDate validUntil) {
        this.person = person;
        this.levelCode = levelCode;
        this.organ = organ;
        this.source = source;
        this.notifiedOn = notifiedOn;
        this.validUntil = validUntil;
    }

    /** Valid and not past its end on that date. */
    public boolean isValidOn(LocalDate date) {
        return status == EligibilityStatus.VALID && !date.isBefore(notifiedOn) && !date.isAfter(validUntil);
    }

    public void changeStatus(EligibilityStatus newStatus, String reason, LocalDate on) {
        this.status = newStatus;
        this.statusReason = reason;
        this.statusChangedOn = on;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public String getLevelCode() { return levelCode; }
    public Organization getOrgan() { return organ; }
    public EligibilitySource getSource() { return source; }
    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public String getExternalReference() { return externalReference; }
    public void setExternalReference(String externalReference) { this.externalReference = externalReference; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public EligibilityStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public LocalDate getStatusChangedOn() { return statusChangedOn; }
}
