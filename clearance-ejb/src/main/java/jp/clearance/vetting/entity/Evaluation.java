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
import java.time.LocalDateTime;
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/**
 * One eligibility evaluation of one person for one level, requested by an organ. The questionnaire answers
 * ({@link QuestionnaireSection}), the investigator's checklist, findings and report and the adjudicator's findings and
 * reasons are personal data: only the privacy circle reads them, through {@code Evaluations}, and every read is audited.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int SCOPE_LENGTH = 1000;
    public static final int CHECKLIST_LENGTH = 2000;
    public static final int FINDINGS_LENGTH = 16000;
    public static final int REPORT_LENGTH = 8000;
    public static final int REASON_LENGTH = 2000;
    public static final int SECTIONS_LENGTH = 1000;
    public static final int BATCH_LENGTH = 40;

    @Id
    @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The person's employer when nominated: the one told the result (and nothing else). */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false, updatable = false)
    private Organization employer;

    @NotBlank
    @Size(max = 64)
    @Column(name = "level_code", nullable = false, length = 64, updatable = false)
    private String levelCode;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_organ_id", nullable = false, updatable = false)
    private Organization requestingOrgan;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigating_org_id", nullable = false, updatable = false)
    private Organization investigatingOrg;

    /** The designations or duties for which the person is expected to handle the information. */
    @NotBlank
    @Size(max = SCOPE_LENGTH)
    @Column(nullable = false, length = SCOPE_LENGTH)
    private String scope;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvaluationState state = EvaluationState.NOMINATED;

    @NotNull
    @Column(name = "state_changed_at", nullable = false)
    private LocalDateTime stateChangedAt;

    @Size(max = BATCH_LENGTH)
    @Column(name = "import_batch", length = BATCH_LENGTH, updatable = false)
    private String importBatch;

    @Column(name = "consent_at")
    private LocalDateTime consentAt;

    @Column(name = "notice_version")
    private Integer noticeVersion;

    /** The person asked not to receive the reasons of an unfavourable result. */
    @Column(name = "withhold_reasons", nullable = false)
    private boolean withholdReasons;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Size(max = 64)
    @Column(length = 64)
    private String investigator;

    /** JSON: checklist task code to done (true/false). */
    @Size(max = CHECKLIST_LENGTH)
    @Column(length = CHECKLIST_LENGTH)
    private String checklist;

    /** JSON: survey item code to the investigator's finding. */
    @Size(max = FINDINGS_LENGTH)
    @Column(length = FINDINGS_LENGTH)
    private String findings;

    @Size(max = REPORT_LENGTH)
    @Column(length = REPORT_LENGTH)
    private String report;

    @Size(max = REASON_LENGTH)
    @Column(name = "correction_reason", length = REASON_LENGTH)
    private String correctionReason;

    /** Comma-separated section codes reopened for correction. */
    @Size(max = SECTIONS_LENGTH)
    @Column(name = "reopened_sections", length = SECTIONS_LENGTH)
    private String reopenedSections;

    @Size(max = 64)
    @Column(length = 64)
    private String adjudicator;

    /** JSON: survey item code to the adjudicator's finding. */
    @Size(max = FINDINGS_LENGTH)
    @Column(name = "decision_findings", length = FINDINGS_LENGTH)
    private String decisionFindings;

    @Size(max = REPORT_LENGTH)
    @Column(name = "decision_reasons", length = REPORT_LENGTH)
    private String decisionReasons;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reused_evaluation_id")
    private Evaluation reusedEvaluation;

    @Column(name = "previous_eligibility_id", updatable = false)
    private Long previousEligibilityId;

    /** The eligibility record whose evaluation this one reuses (also set when it has no investigation here). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reused_eligibility_id")
    private Eligibility reusedEligibility;

    /** When the officer received the signed letter of non-consent, and who recorded it. */
    @Column(name = "letter_received_on")
    private LocalDate letterReceivedOn;

    @Size(max = 64)
    @Column(name = "letter_recorded_by", length = 64)
    private String letterRecordedBy;

    protected Evaluation() {
    }

    public Evaluation(Person person, String levelCode, Organization requestingOrgan, Organization investigatingOrg,
                      String scope, LocalDateTime now) {
        this.person = person;
        this.employer = person.getEmployer();
        this.levelCode = levelCode;
        this.requestingOrgan = requestingOrgan;
        this.investigatingOrg = investigatingOrg;
        this.scope = scope;
        this.stateChangedAt = now;
    }

    /** Moves to the next state; the boundary has checked {@link EvaluationState#canMoveTo} and the caller's right. */
    public void moveTo(EvaluationState target, LocalDateTime now) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException(state + " -> " + target);
        }
        this.state = target;
        this.stateChangedAt = now;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public Organization getEmployer() { return employer; }
    public String getLevelCode() { return levelCode; }
    public Organization getRequestingOrgan() { return requestingOrgan; }
    public Organization getInvestigatingOrg() { return investigatingOrg; }
    public String getScope() { return scope; }
    public EvaluationState getState() { return state; }
    public LocalDateTime getStateChangedAt() { return stateChangedAt; }
    public String getImportBatch() { return importBatch; }
    public void setImportBatch(String importBatch) { this.importBatch = importBatch; }
    public LocalDateTime getConsentAt() { return consentAt; }
    public Integer getNoticeVersion() { return noticeVersion; }
    public void consent(LocalDateTime at, int noticeVersion, boolean withholdReasons) {
        this.consentAt = at;
        this.noticeVersion = noticeVersion;
        this.withholdReasons = withholdReasons;
    }
    public boolean isWithholdReasons() { return withholdReasons; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
    public String getInvestigator() { return investigator; }
    public void setInvestigator(String investigator) { this.investigator = investigator; }
    public String getChecklist() { return checklist; }
    public void setChecklist(String checklist) { this.checklist = checklist; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
    public String getReopenedSections() { return reopenedSections; }
    public void setReopenedSections(String reopenedSections) { this.reopenedSections = reopenedSections; }
    public String getAdjudicator() { return adjudicator; }
    public void setAdjudicator(String adjudicator) { this.adjudicator = adjudicator; }
    public String getDecisionFindings() { return decisionFindings; }
    public void setDecisionFindings(String decisionFindings) { this.decisionFindings = decisionFindings; }
    public String getDecisionReasons() { return decisionReasons; }
    public void setDecisionReasons(String decisionReasons) { this.decisionReasons = decisionReasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public Evaluation getReusedEvaluation() { return reusedEvaluation; }
    public void setReusedEvaluation(Evaluation reusedEvaluation) { this.reusedEvaluation = reusedEvaluation; }
    public Long getPreviousEligibilityId() { return previousEligibilityId; }
    public Eligibility getReusedEligibility() { return reusedEligibility; }
    public void setReusedEligibility(Eligibility reusedEligibility) { this.reusedEligibility = reusedEligibility; }
    public LocalDate getLetterReceivedOn() { return letterReceivedOn; }
    public String getLetterRecordedBy() { return letterRecordedBy; }

    public void recordLetter(LocalDate receivedOn, String recordedBy) {
        this.letterReceivedOn = receivedOn;
        this.letterRecordedBy = recordedBy;
    }
    public void setPreviousEligibilityId(Long previousEligibilityId) { this.previousEligibilityId = previousEligibilityId; }
}
