package jp.clearance.web.vetting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Level;
import jp.clearance.vetting.boundary.Eligibilities;
import jp.clearance.vetting.boundary.EligibilityFilter;
import jp.clearance.vetting.boundary.EligibilityRow;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityStatus;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.platform.UserBacking;

/**
 * /vetting/eligibilities.xhtml: eligibility records, paged and filtered (Eligibilities.search scopes them to the
 * caller). Administrators enter external records; administrators and adjudicators (of the deciding organ) suspend,
 * reinstate or revoke one (the handler registers are reviewed at once by the EJB layer); officers start a
 * re-evaluation of the holder from a record.
 */
@Named
@ViewScoped
public class EligibilitiesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Eligibilities eligibilities;

    @Inject
    Evaluations evaluations;

    @Inject
    ReferenceData referenceData;

    @Inject
    UserBacking user;

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
    private String reEvaluationScope;
    private final Map<Long, Boolean> mayChange = new HashMap<>();

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
        reEvaluationScope = null;
    }

    /** Whether the suspend/reinstate/revoke actions are offered for a row (Eligibilities decides, once per organ). */
    public boolean mayChange(EligibilityRow row) {
        if (!user.has("ADMIN") && !user.has("ADJUDICATOR")) {
            return false;
        }
        return mayChange.computeIfAbsent(row.organId(), eligibilities::mayChange);
    }

    /**
     * Suspends the selected record, checked against the version the user saw (a change by someone else in between is
     * refused with the "changed by someone else" message).
     */
    public void suspend() {
        changed(ui.attempt(() -> eligibilities.suspend(selected.id(), selected.version(), reason), null));
    }

    public void reinstate() {
        changed(ui.attempt(() -> eligibilities.reinstate(selected.id(), selected.version(), reason), null));
    }

    public void revoke() {
        changed(ui.attempt(() -> eligibilities.revoke(selected.id(), selected.version(), reason), null));
    }

    /** Tells the result: the holder's name and the new status. */
    private void changed(Eligibility result) {
        if (result != null) {
            ui.info("vetting_eligibilities.changedTo", selected.familyName() + " " + selected.givenName(),
                    ui.text("eligibility.status." + result.getStatus().name()));
            selected = null;
        }
    }

    /** Starts the re-evaluation of the selected record's holder for the same level (Evaluations.reEvaluate decides). */
    public void reEvaluate() {
        if (ui.attempt(() -> evaluations.reEvaluate(selected.id(), reEvaluationScope), "vetting_queue.reEvaluated",
                selected.familyName() + " " + selected.givenName()) != null) {
            selected = null;
        }
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
    public String getReEvaluationScope() { return reEvaluationScope; }
    public void setReEvaluationScope(String reEvaluationScope) { this.reEvaluationScope = reEvaluationScope; }
}
