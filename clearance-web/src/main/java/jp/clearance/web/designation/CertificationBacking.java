package jp.clearance.web.designation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.clearance.designation.boundary.Certifications;
import jp.clearance.designation.entity.Certification;
import jp.clearance.designation.entity.CertificationStatus;
import jp.clearance.designation.entity.Designation;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.Section;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;

/**
 * /designation/certification.xhtml: certify a business entity as a conforming entity (new: the criteria checklist,
 * evidence, decision, contract, need-to-know departments, validity), or open a certification: report a change (it goes
 * under re-review), conclude the re-review, revoke it. Translates and displays; the boundary decides.
 */
@Named
@ViewScoped
public class CertificationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The validity a new certification is offered with (the officer changes it as decided). */
    static final int DEFAULT_VALIDITY_YEARS = 3;

    @Inject
    Certifications certifications;

    @Inject
    Organizations organizations;

    @Inject
    Pickers pickers;

    @Inject
    LocaleBacking locale;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    private Long id;
    private Certification certification;
    /** What the officer edits: a new decision, or the re-review of {@link #certification}. */
    private Certification form;
    private Choice entity;
    private final Choices entities = new Choices();
    private List<Section> sections = List.of();
    private Long[] sectionIds = {};
    /** The caller's organ's designations a contract may cover. */
    private List<Designation> coverable = List.of();
    private Long[] designationIds = {};
    private String changeNote;
    private String revokeReason;

    public void load() {
        if (certification != null || form != null) {
            return;
        }
        if (id == null) {
            LocalDate today = clock.today();
            form = new Certification();
            form.setStatus(CertificationStatus.CERTIFIED);
            form.setDecidedOn(today);
            form.setValidFrom(today);
            form.setValidUntil(today.plusYears(DEFAULT_VALIDITY_YEARS));
            coverable = certifications.coverable();
            return;
        }
        certification = ui.attempt(() -> certifications.find(id), null);
        if (certification != null) {
            designationIds = certification.getDesignations().stream().map(Designation::getId).toArray(Long[]::new);
            if (isChangeable()) {
                coverable = certifications.coverable();
            }
        }
        if (certification != null && certification.getStatus() == CertificationStatus.REVIEW_REQUIRED) {
            form = copy(certification);
            sections = selectable(certification.getEntity().getId());
            sectionIds = certification.getSections().stream().map(Section::getId).toArray(Long[]::new);
        }
    }

    public List<Choice> completeEntity(String text) {
        return entities.offer(CertificationsBacking.entities(organizations, pickers, text));
    }

    /** The chosen entity's active need-to-know sections: the departments a contract may name. */
    public void entityChanged() {
        sectionIds = new Long[0];
        sections = entity == null ? List.of() : selectable(entity.id());
    }

    private List<Section> selectable(long entityId) {
        return organizations.sections(entityId).stream().filter(s -> s.isActive() && s.isNeedToKnow()).toList();
    }

    public String decide() {
        if (entity == null) {
            ui.error("error.certification.notAnEntity");
            return null;
        }
        long entityId = entity.id();
        Certification saved = ui.attempt(() -> certifications.decide(copy(form), entityId, chosenSections(),
                chosenDesignations()),
                "common.saved");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/designation/certification?faces-redirect=true&id=" + saved.getId();
    }

    public String reportChange() {
        return reload(ui.attempt(() -> certifications.reportChange(id, certification.getVersion(), changeNote),
                "designation_certification.changeReported"));
    }

    public String recertify() {
        Certification reviewed = copy(form);
        reviewed.setVersion(certification.getVersion());
        return reload(ui.attempt(() -> certifications.recertify(id, reviewed, chosenSections()),
                "designation_certification.recertified"));
    }

    /** Saves the designations the contract covers. */
    public String cover() {
        return reload(ui.attempt(() -> certifications.cover(id, certification.getVersion(), chosenDesignations()),
                "designation_certification.covered"));
    }

    public String revoke() {
        return reload(ui.attempt(() -> certifications.revoke(id, certification.getVersion(), revokeReason),
                "designation_certification.revoked"));
    }

    private String reload(Certification saved) {
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/designation/certification?faces-redirect=true&id=" + id;
    }

    private Set<Long> chosenSections() {
        return sectionIds == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(sectionIds));
    }

    private Set<Long> chosenDesignations() {
        return designationIds == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(designationIds));
    }

    /** The designations the contract covers: reference number and title. */
    public List<String> getDesignationNames() {
        return certification == null ? List.of() : certification.getDesignations().stream()
                .map(CertificationBacking::label).sorted().toList();
    }

    public static String label(Designation d) {
        return d.getReferenceNumber() + " " + d.getTitle();
    }

    /** A fresh object for each call: a refused call leaves nothing half-set on what the form shows. */
    private static Certification copy(Certification from) {
        Certification c = new Certification();
        c.setInternalRules(from.isInternalRules());
        c.setResponsibleManager(from.isResponsibleManager());
        c.setGovernance(from.isGovernance());
        c.setTraining(from.isTraining());
        c.setFacilities(from.isFacilities());
        c.setEvidence(from.getEvidence());
        c.setContractReference(from.getContractReference());
        c.setStatus(from.getStatus());
        c.setDecidedOn(from.getDecidedOn());
        c.setValidFrom(from.getValidFrom());
        c.setValidUntil(from.getValidUntil());
        return c;
    }

    /** The departments named in the contract, in the user's language. */
    public List<String> getSectionNames() {
        return certification == null ? List.of() : certification.getSections().stream()
                .map(s -> locale.name(s.getNameJa(), s.getNameEn())).sorted().toList();
    }

    /** The decisions a new certification may record. */
    public List<CertificationStatus> getDecisions() {
        return List.of(CertificationStatus.CERTIFIED, CertificationStatus.REFUSED);
    }

    public boolean isChangeable() {
        return certification != null && (certification.getStatus() == CertificationStatus.CERTIFIED
                || certification.getStatus() == CertificationStatus.REVIEW_REQUIRED);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Certification getCertification() { return certification; }
    public Certification getForm() { return form; }
    public Choice getEntity() { return entity; }
    public void setEntity(Choice entity) { this.entity = entity; }
    public Choices getEntities() { return entities; }
    public List<Section> getSections() { return sections; }
    public Long[] getSectionIds() { return sectionIds; }
    public void setSectionIds(Long[] sectionIds) { this.sectionIds = sectionIds; }
    public List<Designation> getCoverable() { return coverable; }
    public Long[] getDesignationIds() { return designationIds; }
    public void setDesignationIds(Long[] designationIds) { this.designationIds = designationIds; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
}
