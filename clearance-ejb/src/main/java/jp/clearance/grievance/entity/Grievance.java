package jp.clearance.grievance.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/**
 * A complaint of unfair treatment (苦情), named, anonymous or opened by the desk on its own initiative, with its
 * targets (acknowledgement, decision), the decision and the remedies. An anonymous complaint stores neither
 * account nor person, only the locator and the salted hash of its receipt code.
 */
@Entity
@Table(name = "grievance")
public class Grievance extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int DECIDED_BY_LENGTH = 200;
    public static final int REASONS_LENGTH = 4000;
    public static final int REMEDY_DETAIL_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "grievance_seq", sequenceName = "grievance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grievance_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Channel channel;

    @Column(name = "complainant_username", length = 64, updatable = false)
    private String complainantUsername;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "desk_id", nullable = false)
    private Organization desk;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Organization employer;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "grievance_type", nullable = false, length = 32)
    private GrievanceType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Ground ground;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Size(max = DECIDED_BY_LENGTH)
    @Column(name = "decided_by", length = DECIDED_BY_LENGTH)
    private String decidedBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GrievanceStatus status = GrievanceStatus.LODGED;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private LocalDateTime lodgedAt;

    @Column(name = "ack_due", nullable = false)
    private LocalDate ackDue;

    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "ack_reminded", nullable = false)
    private boolean ackReminded;

    @Column(name = "decision_reminded", nullable = false)
    private boolean decisionReminded;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Outcome outcome;

    @Size(max = REASONS_LENGTH)
    @Column(length = REASONS_LENGTH)
    private String reasons;

    @Size(max = REMEDY_DETAIL_LENGTH)
    @Column(name = "remedy_detail", length = REMEDY_DETAIL_LENGTH)
    private String remedyDetail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grievance_remedy", joinColumns = @JoinColumn(name = "grievance_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "remedy", length = 32)
    private Set<Remedy> remedies = new LinkedHashSet<>();

    @Column(name = "related_id")
    private Long relatedId;

    @Column(name = "transfer_record_id", updatable = false)
    private Long transferRecordId;

    @Column(name = "receipt_locator", length = 8, updatable = false)
    private String receiptLocator;

    @Column(name = "receipt_hash", length = 200, updatable = false)
    private String receiptHash;

    protected Grievance() {
    }

    public Grievance(Channel channel, GrievanceType type, Ground ground, String description) {
        this.channel = channel;
        this.type = type;
        this.ground = ground;
        this.description = description == null ? null : description.strip();
    }

    /** Sets the lodging time and the two target dates. */
    public void lodge(LocalDateTime at, LocalDate ackDue, LocalDate decisionDue) {
        this.lodgedAt = at;
        this.ackDue = ackDue;
        this.decisionDue = decisionDue;
    }

    /** Changes the status; the caller has checked {@link GrievanceStatus#canBecome}. */
    public void moveTo(GrievanceStatus target, LocalDateTime at) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException(status + " -> " + target);
        }
        if (target == GrievanceStatus.ACKNOWLEDGED) {
            acknowledgedAt = at;
        }
        if (target == GrievanceStatus.DECIDED) {
            decidedAt = at;
            if (acknowledgedAt == null) {
                acknowledgedAt = at;
            }
        }
        status = target;
    }

    public void decide(Outcome outcome, String reasons, Set<Remedy> remedies, String remedyDetail) {
        this.outcome = outcome;
        this.reasons = reasons;
        this.remedies = remedies.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(EnumSet.copyOf(remedies));
        this.remedyDetail = remedyDetail;
    }

    public void identifyComplainant(String username, Person person) {
        this.complainantUsername = username;
        this.person = person;
    }

    public void setReceipt(String locator, String hash) {
        this.receiptLocator = locator;
        this.receiptHash = hash;
    }

    public boolean isAnonymous() {
        return channel == Channel.ANONYMOUS;
    }

    public Long getId() { return id; }
    public Channel getChannel() { return channel; }
    public String getComplainantUsername() { return complainantUsername; }
    public Person getPerson() { return person; }
    public Organization getDesk() { return desk; }
    public void setDesk(Organization desk) { this.desk = desk; }
    public Organization getEmployer() { return employer; }
    public void setEmployer(Organization employer) { this.employer = employer; }
    public GrievanceType getType() { return type; }
    public Ground getGround() { return ground; }
    public String getDescription() { return description; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy == null || decidedBy.isBlank() ? null : decidedBy.strip(); }
    public GrievanceStatus getStatus() { return status; }
    public LocalDateTime getLodgedAt() { return lodgedAt; }
    public LocalDate getAckDue() { return ackDue; }
    public LocalDate getDecisionDue() { return decisionDue; }
    public LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public boolean isAckReminded() { return ackReminded; }
    public void setAckReminded(boolean ackReminded) { this.ackReminded = ackReminded; }
    public boolean isDecisionReminded() { return decisionReminded; }
    public void setDecisionReminded(boolean decisionReminded) { this.decisionReminded = decisionReminded; }
    public Outcome getOutcome() { return outcome; }
    public String getReasons() { return reasons; }
    public String getRemedyDetail() { return remedyDetail; }
    public Set<Remedy> getRemedies() { return remedies; }
    public Long getRelatedId() { return relatedId; }
    public void setRelatedId(Long relatedId) { this.relatedId = relatedId; }
    public Long getTransferRecordId() { return transferRecordId; }
    public void setTransferRecordId(Long transferRecordId) { this.transferRecordId = transferRecordId; }
    public String getReceiptLocator() { return receiptLocator; }
    public String getReceiptHash() { return receiptHash; }
}
