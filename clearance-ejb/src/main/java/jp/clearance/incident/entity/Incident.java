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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.clearance.organization.entity.Organization;
import jp.clearance.platform.persistence.Tracked;

/** A leak (or suspected leak) of designated information, followed from its report to its closure. */
@Entity
@Table(name = "incident")
public class Incident extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int TITLE_LENGTH = 200;
    public static final int METHOD_LENGTH = 2000;
    public static final int TEXT_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    private Long id;

    /** The organ responsible for the case (the designating organ of the information, as a rule). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organ_id", nullable = false)
    private Organization organ;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @NotNull
    @Column(name = "discovered_on", nullable = false)
    private LocalDate discoveredOn;

    @Column(name = "discovery_year", nullable = false)
    private int discoveryYear;

    @NotBlank
    @Size(max = METHOD_LENGTH)
    @Column(name = "discovery_method", nullable = false, length = METHOD_LENGTH)
    private String discoveryMethod;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(nullable = false, length = TEXT_LENGTH)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Channel channel;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String containment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private IncidentStatus status = IncidentStatus.REPORTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IncidentOutcome outcome = IncidentOutcome.OPEN;

    @Size(max = REASON_LENGTH)
    @Column(name = "close_reason", length = REASON_LENGTH)
    private String closeReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** When a re-evaluation of a cleared person involved was requested from the vetting module. */
    @Column(name = "reevaluation_requested_on")
    private LocalDate reevaluationRequestedOn;

    public void moveTo(IncidentStatus next) {
        status.requireTransitionTo(next);
        status = next;
    }

    public Long getId() { return id; }
    public Organization getOrgan() { return organ; }
    public void setOrgan(Organization organ) { this.organ = organ; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = trim(title); }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public LocalDate getDiscoveredOn() { return discoveredOn; }
    public void setDiscoveredOn(LocalDate discoveredOn) {
        this.discoveredOn = discoveredOn;
        this.discoveryYear = discoveredOn == null ? 0 : discoveredOn.getYear();
    }
    public int getDiscoveryYear() { return discoveryYear; }
    public String getDiscoveryMethod() { return discoveryMethod; }
    public void setDiscoveryMethod(String discoveryMethod) { this.discoveryMethod = trim(discoveryMethod); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = trim(description); }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getContainment() { return containment; }
    public void setContainment(String containment) {
        this.containment = containment == null || containment.isBlank() ? null : containment.trim();
    }
    public IncidentStatus getStatus() { return status; }
    public IncidentOutcome getOutcome() { return outcome; }
    public void setOutcome(IncidentOutcome outcome) { this.outcome = outcome; }
    public String getCloseReason() { return closeReason; }
    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public LocalDate getReevaluationRequestedOn() { return reevaluationRequestedOn; }
    public void setReevaluationRequestedOn(LocalDate on) { this.reevaluationRequestedOn = on; }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
