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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.Section;
import jp.clearance.platform.persistence.Tracked;

/**
 * An organ's certification of a business entity as a conforming entity (適合事業者): the criteria checklist,
 * evidence, the decision, the contract under which information is provided (it covers the organ's designations)
 * and the need-to-know departments the contract names, with its validity.
 */
@Entity
@Table(name = "certification")
public class Certification extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int EVIDENCE_LENGTH = 4000;
    public static final int CONTRACT_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "certification_seq", sequenceName = "certification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false, updatable = false)
    private Organization entity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organ_id", nullable = false, updatable = false)
    private Organization organ;

    @Column(name = "internal_rules", nullable = false)
    private boolean internalRules;

    @Column(name = "responsible_manager", nullable = false)
    private boolean responsibleManager;

    @Column(nullable = false)
    private boolean governance;

    @Column(nullable = false)
    private boolean training;

    @Column(nullable = false)
    private boolean facilities;

    @Size(max = EVIDENCE_LENGTH)
    @Column(length = EVIDENCE_LENGTH)
    private String evidence;

    @Size(max = CONTRACT_LENGTH)
    @Column(name = "contract_reference", length = CONTRACT_LENGTH)
    private String contractReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificationStatus status;

    @NotNull
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Size(max = REASON_LENGTH)
    @Column(name = "status_reason", length = REASON_LENGTH)
    private String statusReason;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "certification_section", joinColumns = @JoinColumn(name = "certification_id"),
            inverseJoinColumns = @JoinColumn(name = "section_id"))
    private Set<Section> sections = new LinkedHashSet<>();

    /** The certifying organ's designations the contract covers: only these may be provided to the entity. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "certification_designation", joinColumns = @JoinColumn(name = "certification_id"),
            inverseJoinColumns = @JoinColumn(name = "designation_id"))
    private Set<Designation> designations = new LinkedHashSet<>();

    public Certification() {
    }

    /** The criteria the checklist has not met, by name (empty when all are met). */
    public List<String> unmetCriteria() {
        List<String> unmet = new ArrayList<>();
        if (!internalRules) {
            unmet.add("internalRules");
        }
        if (!responsibleManager) {
            unmet.add("responsibleManager");
        }
        if (!governance) {
            unmet.add("governance");
        }
        if (!training) {
            unmet.add("training");
        }
        if (!facilities) {
            unmet.add("facilities");
        }
        return unmet;
    }

    /** Whether the contract covers that designation. */
    public boolean covers(Designation d) {
        return designations.stream().anyMatch(x -> x.getId().equals(d.getId()));
    }

    /** Certified and within its validity on that day: information may be provided and handled. */
    public boolean isCertifiedOn(LocalDate day) {
        return status == CertificationStatus.CERTIFIED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public void moveTo(CertificationStatus next, String reason) {
        status.requireTransitionTo(next);
        status = next;
        statusReason = reason;
    }

    public Long getId() { return id; }
    public Organization getEntity() { return entity; }
    public void setEntity(Organization entity) { this.entity = entity; }
    public Organization getOrgan() { return organ; }
    public void setOrgan(Organization organ) { this.organ = organ; }
    public boolean isInternalRules() { return internalRules; }
    public void setInternalRules(boolean internalRules) { this.internalRules = internalRules; }
    public boolean isResponsibleManager() { return responsibleManager; }
    public void setResponsibleManager(boolean responsibleManager) { this.responsibleManager = responsibleManager; }
    public boolean isGovernance() { return governance; }
    public void setGovernance(boolean governance) { this.governance = governance; }
    public boolean isTraining() { return training; }
    public void setTraining(boolean training) { this.training = training; }
    public boolean isFacilities() { return facilities; }
    public void setFacilities(boolean facilities) { this.facilities = facilities; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getContractReference() { return contractReference; }
    public void setContractReference(String contractReference) {
        this.contractReference = contractReference == null || contractReference.isBlank() ? null : contractReference.trim();
    }
    public CertificationStatus getStatus() { return status; }
    public void setStatus(CertificationStatus status) { this.status = status; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getStatusReason() { return statusReason; }
    public Set<Section> getSections() { return sections; }
    public Set<Designation> getDesignations() { return designations; }
}
