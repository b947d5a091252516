package jp.clearance.web.vetting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.security.Roles;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.SurveyItem;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.boundary.Adjudications;
import jp.clearance.vetting.boundary.EvaluationStep;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.vetting.boundary.EvaluationView;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.boundary.InvestigationFile;
import jp.clearance.vetting.boundary.Investigations;
import jp.clearance.vetting.boundary.Questionnaires;
import jp.clearance.vetting.boundary.ReuseCandidate;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.platform.UserBacking;

/**
 * /vetting/evaluation.xhtml?id=: one case. Everyone involved sees where it stands; the investigator takes it, works the
 * checklist and findings, returns it for correction or completes the report; the adjudicator reads the file (audited,
 * with the purpose) and decides; the requesting organ's officer may reuse another organ's evaluation or cancel.
 */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    Investigations investigations;

    @Inject
    Adjudications adjudications;

    @Inject
    Questionnaires questionnaires;

    @Inject
    ReferenceData reference;

    @Inject
    ApplicationClock clock;

    @Inject
    UserBacking user;

    @Inject
    LocaleBacking locale;

    @Inject
    Ui ui;

    private Long id;
    private EvaluationView status;
    private List<EvaluationStep> history;
    private InvestigationFile file;
    private String purpose;
    private List<SurveyItem> items = List.of();
    private Map<String, Boolean> checklist = new LinkedHashMap<>();
    private Map<String, String> findings = new HashMap<>();
    private Map<String, String> decisionFindings = new HashMap<>();
    private String report;
    private String reason;
    private List<String> sectionsToReopen = new ArrayList<>();
    private String reasons;
    /** The adjudicator's choice: none until they choose (no result is preselected). */
    private Boolean favourable;
    private List<ReuseCandidate> reuse = List.of();
    private java.time.LocalDate letterReceivedOn;
    private Boolean mayDecide;

    public void load() {
        if (status != null || id == null) {
            return;
        }
        reload();
    }

    private void reload() {
        status = ui.attempt(() -> evaluations.status(id), null);
        mayDecide = null;
        history = null;
        if (status == null) {
            return;
        }
        items = reference.surveyItems(Act.CESI_2024, clock.today());
        for (String task : Investigations.CHECKLIST) {
            checklist.putIfAbsent(task, Boolean.FALSE);
        }
        if (user.has(Roles.AGENCY_SECURITY_OFFICER) && "QUESTIONNAIRE".equals(status.state())) {
            try {
                reuse = evaluations.reusable(id);
            } catch (RuntimeException e) {
                reuse = List.of();
            }
        }
    }

    /** The case's history (nomination and every change of state), read once per state shown. */
    public List<EvaluationStep> getHistory() {
        if (history == null && status != null) {
            List<EvaluationStep> read = ui.attempt(() -> evaluations.history(id), null);
            history = read == null ? List.of() : read;
        }
        return history;
    }

    /** "Entry 2" of a repeatable section in the file view (index from 0). */
    public String entryNumber(int index) {
        return ui.text("vetting_copy.entry", index + 1);
    }

    /** The step tracker's steps: the regular course in the user's language. */
    public List<String> getCourse() {
        return EvaluationState.COURSE.stream().map(s -> ui.text("vetting.course." + s.name())).toList();
    }

    /** Who acted in a step of the history: the name (when shown) and the roles in the user's language. */
    public String actor(EvaluationStep step) {
        String roles = String.join(ui.text("audit.rolesSeparator"),
                step.actorRoles().stream().map(r -> ui.text("role." + r)).toList());
        String name = locale.name(step.actorNameJa(), step.actorNameEn());
        if (name == null) {
            return roles.isEmpty() ? ui.text("audit.actor.system") : roles;
        }
        return roles.isEmpty() ? name : name + " (" + roles + ")";
    }

    /** Opens the file (answers, findings, report): an audited read with the purpose typed in. */
    public void openFile() {
        file = ui.attempt(() -> investigations.file(id, purpose), null);
        if (file != null) {
            file.checklist().forEach((k, v) -> checklist.put(k, "true".equals(v)));
            findings = new HashMap<>(file.findings());
            report = file.report();
        }
    }

    public void take() {
        if (ui.run(() -> investigations.take(id, status.version()), "vetting_evaluation.taken")) {
            reload();
        }
    }

    public void saveWork() {
        if (ui.run(() -> investigations.saveWork(id, status.version(), checklist, findings), "common.saved")) {
            status = evaluations.status(id);
            history = null;
        }
    }

    public void returnForCorrection() {
        if (ui.run(() -> investigations.returnForCorrection(id, status.version(), reason, Set.copyOf(sectionsToReopen)),
                "vetting_evaluation.returned")) {
            file = null;
            reload();
        }
    }

    public void completeReport() {
        if (ui.run(() -> investigations.completeReport(id, status.version(), report), "vetting_evaluation.reported")) {
            file = null;
            reload();
        }
    }

    public void decide() {
        if (ui.run(() -> adjudications.decide(id, status.version(), favourable, decisionFindings, reasons),
                "vetting_evaluation.decided")) {
            file = null;
            reload();
        }
    }

    public void reuse(ReuseCandidate c) {
        if (ui.run(() -> evaluations.reuse(id, status.version(), c.eligibilityId()), "vetting_evaluation.reused")) {
            reuse = List.of();
            reload();
        }
    }

    /** The officer records the day the signed letter of non-consent was received. */
    public void recordLetter() {
        if (ui.run(() -> evaluations.recordSignedLetter(id, status.version(), letterReceivedOn),
                "vetting_evaluation.letterRecorded")) {
            reload();
        }
    }

    public void cancel() {
        if (ui.run(() -> evaluations.cancel(id, status.version()), "vetting_evaluation.cancelled")) {
            reload();
        }
    }

    public List<String> getSectionCodes() {
        return questionnaires.sectionCodes();
    }

    /** An employment gap's heading in the file: its period and length, in the user's language. */
    public String gapLabel(jp.clearance.vetting.control.QuestionnaireRules.Gap gap) {
        return ui.text("vetting_evaluation.gap", gap.from(), gap.to(), gap.days());
    }

    /** A label for a section: a survey item's name, or the fixed section's bundle text. */
    public String sectionLabel(String code) {
        return items.stream().filter(i -> i.getCode().equals(code)).findFirst()
                .map(i -> i.name(locale.getLanguage()))
                .orElseGet(() -> ui.text("vetting.section." + code));
    }

    /**
     * Whether the decision form is shown: the EJB layer decides (an adjudicator of the requesting organ, the case
     * reported, and not the caller's own investigation nor their own evaluation), asked once per state of the page.
     */
    public boolean isMayDecide() {
        if (mayDecide == null) {
            mayDecide = status != null && user.has(Roles.ADJUDICATOR) && "REPORTED".equals(status.state())
                    && Boolean.TRUE.equals(ui.attempt(() -> adjudications.mayDecide(id), null));
        }
        return mayDecide;
    }

    public boolean isInvestigator() {
        return status != null && user.has(Roles.INVESTIGATOR) && user.getMe() != null
                && user.getMe().username().equals(status.investigator());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public EvaluationView getStatus() { return status; }
    public InvestigationFile getFile() { return file; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public List<SurveyItem> getItems() { return items; }
    public Map<String, Boolean> getChecklist() { return checklist; }
    public Map<String, String> getFindings() { return findings; }
    public Map<String, String> getDecisionFindings() { return decisionFindings; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getSectionsToReopen() { return sectionsToReopen; }
    public void setSectionsToReopen(List<String> sectionsToReopen) { this.sectionsToReopen = sectionsToReopen; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public Boolean getFavourable() { return favourable; }
    public void setFavourable(Boolean favourable) { this.favourable = favourable; }
    public List<ReuseCandidate> getReuse() { return reuse; }
    public java.time.LocalDate getLetterReceivedOn() { return letterReceivedOn; }
    public void setLetterReceivedOn(java.time.LocalDate letterReceivedOn) { this.letterReceivedOn = letterReceivedOn; }
}
