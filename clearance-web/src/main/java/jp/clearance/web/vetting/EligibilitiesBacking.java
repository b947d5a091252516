package jp.clearance.web.vetting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Level;
import jp.clearance.vetting.boundary.Eligibilities;
import jp.clearance.vetting.boundary.EligibilityFilter;
import jp.clearance.vetting.boundary.EligibilityRow;
import jp.clearance.vetting.entity.EligibilityStatus;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;

/**
 * /vetting/eligibilities.xhtml (administrators): eligibility records, paged and filtered; enter an external record;
 * suspend, reinstate or revoke one (the handler registers are reviewed at once by the EJB layer).
 */
@Named
@ViewScoped
public class EligibilitiesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Eligibilities eligibilities;

    @Inject
    ReferenceData referenceData;

    @Inject
    Pickers pickers;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    private EligibilityStatus status;
    private PageModel<EligibilityRow> model;
    private List<Level> levels;

    private Choice person;
    private final Choices people = new Choices();
    private Choice organ;
    private final Choices organs = new Choices();
    private String levelCode;
    private String externalReference;
    private LocalDate notifiedOn;
    private LocalDate validUntil;

    private EligibilityRow selected;
    private String reason;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> eligibilities.search(new EligibilityFilter(null, null, status, null), page),
                EligibilityRow::id);
        levels = referenceData.levels(clock.today());
    }

    public List<Choice> completePerson(String text) {
        return people.offer(pickers.people(text));
    }

    public List<Choice> completeOrgan(String text) {
        return organs.offer(pickers.organizations(text));
    }

    public void record() {
        if (person == null || organ == null) {
            ui.error("error.eligibility.organRequired");
            return;
        }
        long personId = person.id();
        long organId = organ.id();
        if (ui.attempt(() -> eligibilities.recordExternal(personId, levelCode, organId, externalReference, notifiedOn,
                validUntil), "vetting_eligibilities.added") != null) {
            person = null;
            externalReference = null;
            notifiedOn = null;
            validUntil = null;
        }
    }

    public void select(EligibilityRow row) {
        selected = row;
        reason = null;
    }

    public void suspend() {
        ui.attempt(() -> eligibilities.suspend(selected.id(), reason), "vetting_eligibilities.changed");
    }

    public void reinstate() {
        ui.attempt(() -> eligibilities.reinstate(selected.id(), reason), "vetting_eligibilities.changed");
    }

    public void revoke() {
        ui.attempt(() -> eligibilities.revoke(selected.id(), reason), "vetting_eligibilities.changed");
    }

    public EligibilityStatus[] getStatuses() {
        return EligibilityStatus.values();
    }

    public PageModel<EligibilityRow> getModel() { return model; }
    public List<Level> getLevels() { return levels; }
    public EligibilityStatus getStatus() { return status; }
    public void setStatus(EligibilityStatus status) { this.status = status; }
    public Choice getPerson() { return person; }
    public void setPerson(Choice person) { this.person = person; }
    public Choices getPeople() { return people; }
    public Choice getOrgan() { return organ; }
    public void setOrgan(Choice organ) { this.organ = organ; }
    public Choices getOrgans() { return organs; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public String getExternalReference() { return externalReference; }
    public void setExternalReference(String externalReference) { this.externalReference = externalReference; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public void setNotifiedOn(LocalDate notifiedOn) { this.notifiedOn = notifiedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public EligibilityRow getSelected() { return selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
