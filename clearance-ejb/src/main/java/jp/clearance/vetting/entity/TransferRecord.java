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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/**
 * The move of a person out of a handling section after a refusal, a withdrawal or an unfavourable result.
 * Opened by the vetting module; the employer records post, grade and pay; the grievance module watches it
 * until {@link #watchUntil} and raises an alert on a drop in grade or pay, or a dismissal.
 */
@Entity
@Table(name = "transfer_record")
public class TransferRecord extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int GRADE_LENGTH = 64;
    public static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "transfer_record_seq", sequenceName = "transfer_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_record_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false, updatable = false)
    private Organization employer;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private TransferReason reason;

    @Column(name = "evaluation_id", updatable = false)
    private Long evaluationId;

    @NotNull
    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @NotNull
    @Column(name = "watch_until", nullable = false)
    private LocalDate watchUntil;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransferStatus status = TransferStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_section_id")
    private Section previousSection;

    @Size(max = GRADE_LENGTH)
    @Column(name = "previous_grade", length = GRADE_LENGTH)
    private String previousGrade;

    @PositiveOrZero
    @Column(name = "previous_monthly_pay")
    private Long previousMonthlyPay;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_section_id")
    private Section newSection;

    @Size(max = GRADE_LENGTH)
    @Column(name = "new_grade", length = GRADE_LENGTH)
    private String newGrade;

    @PositiveOrZero
    @Column(name = "new_monthly_pay")
    private Long newMonthlyPay;

    @Column(nullable = false)
    private boolean dismissed;

    @Column(name = "moved_on")
    private LocalDate movedOn;

    @Size(max = NOTE_LENGTH)
    @Column(name = "employer_note", length = NOTE_LENGTH)
    private String employerNote;

    @Column(name = "alert_raised_at")
    private LocalDateTime alertRaisedAt;

    @Size(max = 32)
    @Column(name = "alert_reason", length = 32)
    private String alertReason;

    protected TransferRecord() {
    }

    public TransferRecord(Person person, Organization employer, TransferReason reason, Long evaluationId,
                          LocalDate openedOn, LocalDate watchUntil) {
        this.person = person;
        this.employer = employer;
        this.reason = reason;
        this.evaluationId = evaluationId;
        this.openedOn = openedOn;
        this.watchUntil = watchUntil;
        this.previousSection = person.getSection();
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public Organization getEmployer() { return employer; }
    public TransferReason getReason() { return reason; }
    public Long getEvaluationId() { return evaluationId; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getWatchUntil() { return watchUntil; }
    public void setWatchUntil(LocalDate watchUntil) { this.watchUntil = watchUntil; }
    public TransferStatus getStatus() { return status; }
    public void setStatus(TransferStatus status) { this.status = status; }
    public Section getPreviousSection() { return previousSection; }
    public void setPreviousSection(Section previousSection) { this.previousSection = previousSection; }
    public String getPreviousGrade() { return previousGrade; }
    public void setPreviousGrade(String previousGrade) { this.previousGrade = previousGrade; }
    public Long getPreviousMonthlyPay() { return previousMonthlyPay; }
    public void setPreviousMonthlyPay(Long previousMonthlyPay) { this.previousMonthlyPay = previousMonthlyPay; }
    public Section getNewSection() { return newSection; }
    public void setNewSection(Section newSection) { this.newSection = newSection; }
    public String getNewGrade() { return newGrade; }
    public void setNewGrade(String newGrade) { this.newGrade = newGrade; }
    public Long getNewMonthlyPay() { return newMonthlyPay; }
    public void setNewMonthlyPay(Long newMonthlyPay) { this.newMonthlyPay = newMonthlyPay; }
    public boolean isDismissed() { return dismissed; }
    public void setDismissed(boolean dismissed) { this.dismissed = dismissed; }
    public LocalDate getMovedOn() { return movedOn; }
    public void setMovedOn(LocalDate movedOn) { this.movedOn = movedOn; }
    public String getEmployerNote() { return employerNote; }
    public void setEmployerNote(String employerNote) { this.employerNote = employerNote; }
    public LocalDateTime getAlertRaisedAt() { return alertRaisedAt; }
    public String getAlertReason() { return alertReason; }

    public void raiseAlert(String reasonCode, LocalDateTime at) {
        this.alertRaisedAt = at;
        this.alertReason = reasonCode;
    }
}
