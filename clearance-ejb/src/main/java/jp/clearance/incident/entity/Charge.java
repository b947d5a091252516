package jp.clearance.incident.entity;

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
import jp.clearance.designation.entity.Designation;
import jp.clearance.incident.control.Maxima;
import jp.clearance.incident.control.Sentence;
import jp.clearance.platform.persistence.Tracked;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.Offence;
import jp.clearance.reference.entity.Penalty;

/**
 * A charge against a party of an incident for one offence, with the statutory maxima of the penalty row in force on
 * the day of the offence (copied when laid), and its proceedings: referral, prosecutor's decision, judgment (sentence),
 * appeal, finality, and the fine paid.
 */
@Entity
@Table(name = "incident_charge")
public class Charge extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int COURT_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "incident_charge_seq", sequenceName = "incident_charge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_charge_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false, updatable = false)
    private IncidentParty party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "designation_id", nullable = false, updatable = false)
    private Designation designation;

    @Column(name = "penalty_code", nullable = false, updatable = false, length = 64)
    private String penaltyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Act act;

    @Column(updatable = false, length = 100)
    private String article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Offence offence;

    @Column(name = "penalty_confirmed", nullable = false, updatable = false)
    private boolean penaltyConfirmed;

    @Column(name = "max_prison_months", updatable = false)
    private Integer maxPrisonMonths;

    @Column(name = "max_fine_yen", updatable = false)
    private Long maxFineYen;

    @Column(name = "fine_cumulative", nullable = false, updatable = false)
    private boolean fineCumulative;

    @Column(name = "fine_alternative", nullable = false, updatable = false)
    private boolean fineAlternative;

    @Column(name = "corporate_fine_yen", updatable = false)
    private Long corporateFineYen;

    @Column(nullable = false, updatable = false)
    private boolean corporate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChargeStatus status = ChargeStatus.LAID;

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Column(name = "decision_on")
    private LocalDate decisionOn;

    @Column(length = COURT_LENGTH)
    private String court;

    @Column(name = "judgment_on")
    private LocalDate judgmentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "judgment_outcome", length = 16)
    private JudgmentOutcome judgmentOutcome;

    @Column(name = "prison_months")
    private Integer prisonMonths;

    @Column(nullable = false)
    private boolean suspended;

    @Column(name = "suspension_months")
    private Integer suspensionMonths;

    @Column(name = "fine_yen")
    private Long fineYen;

    @Column(name = "appeal_deadline")
    private LocalDate appealDeadline;

    @Column(name = "appealed_on")
    private LocalDate appealedOn;

    @Column(name = "final_on")
    private LocalDate finalOn;

    @Column(name = "fine_paid_yen")
    private Long finePaidYen;

    @Column(name = "fine_paid_on")
    private LocalDate finePaidOn;

    protected Charge() {
    }

    public Charge(Incident incident, IncidentParty party, Designation designation, Penalty penalty) {
        this.incident = incident;
        this.party = party;
        this.designation = designation;
        this.penaltyCode = penalty.getCode();
        this.act = penalty.getAct();
        this.article = penalty.getArticle();
        this.offence = penalty.getOffence();
        this.penaltyConfirmed = penalty.isConfirmed();
        this.maxPrisonMonths = penalty.getMaxPrisonMonths();
        this.maxFineYen = penalty.getMaxFineYen();
        this.fineCumulative = penalty.isFineCumulative();
        this.fineAlternative = penalty.isFineAlternative();
        this.corporateFineYen = penalty.getCorporateFineYen();
        this.corporate = party.isCorporate();
    }

    /** The maxima copied when the charge was laid. */
    public Maxima maxima() {
        return new Maxima(penaltyCode, act.name(), article == null ? penaltyCode : article, maxPrisonMonths, maxFineYen,
                fineCumulative, fineAlternative, corporateFineYen, penaltyConfirmed);
    }

    public void moveTo(ChargeStatus next) {
        status.requireTransitionTo(next);
        status = next;
    }

    public void judge(String court, LocalDate on, JudgmentOutcome outcome, Sentence sentence, LocalDate appealDeadline) {
        this.court = court;
        this.judgmentOn = on;
        this.judgmentOutcome = outcome;
        boolean convicted = outcome == JudgmentOutcome.CONVICTED;
        this.prisonMonths = convicted && sentence.hasPrison() ? sentence.prisonMonths() : null;
        this.suspended = convicted && sentence.suspended();
        this.suspensionMonths = this.suspended ? sentence.suspensionMonths() : null;
        this.fineYen = convicted && sentence.hasFine() ? sentence.fineYen() : null;
        this.appealDeadline = appealDeadline;
        this.appealedOn = null;
    }

    /** The appeal period has passed without an appeal and the judgment is not yet recorded as final. */
    public boolean isAppealDeadlinePassed(LocalDate today) {
        return status == ChargeStatus.JUDGED && appealDeadline != null && today.isAfter(appealDeadline);
    }

    public Long getId() { return id; }
    public Incident getIncident() { return incident; }
    public IncidentParty getParty() { return party; }
    public Designation getDesignation() { return designation; }
    public String getPenaltyCode() { return penaltyCode; }
    public Act getAct() { return act; }
    public String getArticle() { return article; }
    public Offence getOffence() { return offence; }
    public boolean isPenaltyConfirmed() { return penaltyConfirmed; }
    public Integer getMaxPrisonMonths() { return maxPrisonMonths; }
    public Long getMaxFineYen() { return maxFineYen; }
    public boolean isFineCumulative() { return fineCumulative; }
    public boolean isFineAlternative() { return fineAlternative; }
    public Long getCorporateFineYen() { return corporateFineYen; }
    public boolean isCorporate() { return corporate; }
    public ChargeStatus getStatus() { return status; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate referredOn) { this.referredOn = referredOn; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public void setDecisionOn(LocalDate decisionOn) { this.decisionOn = decisionOn; }
    public String getCourt() { return court; }
    public LocalDate getJudgmentOn() { return judgmentOn; }
    public JudgmentOutcome getJudgmentOutcome() { return judgmentOutcome; }
    public Integer getPrisonMonths() { return prisonMonths; }
    public boolean isSuspended() { return suspended; }
    public Integer getSuspensionMonths() { return suspensionMonths; }
    public Long getFineYen() { return fineYen; }
    public LocalDate getAppealDeadline() { return appealDeadline; }
    public LocalDate getAppealedOn() { return appealedOn; }
    public void setAppealedOn(LocalDate appealedOn) { this.appealedOn = appealedOn; }
    public LocalDate getFinalOn() { return finalOn; }
    public void setFinalOn(LocalDate finalOn) { this.finalOn = finalOn; }
    public Long getFinePaidYen() { return finePaidYen; }
    public LocalDate getFinePaidOn() { return finePaidOn; }

    public void finePaid(long amount, LocalDate on) {
        this.finePaidYen = amount;
        this.finePaidOn = on;
    }
}
