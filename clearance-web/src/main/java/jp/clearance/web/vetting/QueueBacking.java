package jp.clearance.web.vetting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.person.boundary.People;
import jp.clearance.person.boundary.PersonFilter;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Level;
import jp.clearance.vetting.boundary.CertificateRow;
import jp.clearance.vetting.boundary.Certificates;
import jp.clearance.vetting.boundary.EvaluationRow;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.boundary.ImportReport;
import jp.clearance.vetting.boundary.QueueFilter;
import jp.clearance.vetting.control.NominationCsv;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.platform.UserBacking;

/**
 * /vetting/queue.xhtml: the work queue of the caller's role (ages, overdue markers), a user with several vetting roles
 * choosing whose queue to see (Evaluations.queue honours a view only for a role the caller has); for officers, the nomination of one
 * person of their organization, the nomination list (CSV), and the certificates expiring soon with their re-evaluation.
 */
@Named("vettingQueueBacking")
@ViewScoped
public class QueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    Certificates certificates;

    @Inject
    ReferenceData referenceData;

    @Inject
    ApplicationClock clock;

    @Inject
    Pickers pickers;

    @Inject
    People people;

    @Inject
    UserBacking user;

    @Inject
    Ui ui;

    /** The vetting roles with a queue, in the order Evaluations.queue picks the default view. */
    static final List<String> VIEWS = List.of("AGENCY_SECURITY_OFFICER", "INVESTIGATOR", "ADJUDICATOR", "AUDITOR",
            "EMPLOYEE");

    private List<String> views = List.of();
    private String view;
    private EvaluationState state;
    private String text;
    private boolean overdueOnly;
    private boolean mine;
    private String csv;
    private List<NominationCsv.Error> importErrors = List.of();
    private PageModel<EvaluationRow> model;
    private PageModel<CertificateRow> expiring;

    private List<Level> levels = List.of();
    private Choice nominee;
    private final Choices nominees = new Choices();
    private String levelCode;
    private String scope;
    private String reEvaluationScope;

    @PostConstruct
    void init() {
        views = VIEWS.stream().filter(user::has).toList();
        view = views.isEmpty() ? null : views.get(0);
        model = new PageModel<>(page -> evaluations.queue(new QueueFilter(view, state, overdueOnly, mine, text), page),
                EvaluationRow::id);
        expiring = new PageModel<>(page -> certificates.expiring(page), CertificateRow::id);
        if (user.has("AGENCY_SECURITY_OFFICER")) {
            levels = referenceData.levels(clock.today());
        }
    }

    /** The active people of the officer's own organization (People.search scopes it) whose name starts so. */
    public List<Choice> completeNominee(String text) {
        return nominees.offer(people.search(new PersonFilter(text, null, Boolean.TRUE),
                        new PageRequest(0, Pickers.SUGGESTIONS, null, true)).items().stream()
                .map(pickers::person).toList());
    }

    /** Where the nomination form shows its outcome: next to its button, not at the top of the page. */
    static final String NOMINATE_MESSAGES = "nominate:doNominate";
    /** Where the import form shows its outcome. */
    static final String IMPORT_MESSAGES = "import:doImport";

    /** Nominates the chosen person for the level and scope (Evaluations.nominate decides). */
    public void nominate() {
        if (nominee == null) {
            ui.messageAt(NOMINATE_MESSAGES, FacesMessage.SEVERITY_ERROR, "vetting_queue.nomineeRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Evaluation created = ui.attemptAt(NOMINATE_MESSAGES, () -> evaluations.nominate(nominee.id(), levelCode, scope),
                "vetting_queue.nominated", nominee.label());
        if (created == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        nominee = null;
        levelCode = null;
        scope = null;
    }

    public void importList() {
        ImportReport report = ui.attemptAt(IMPORT_MESSAGES, () -> evaluations.importNominations(csv), null);
        if (report == null) {
            return;
        }
        if (report.ok()) {
            importErrors = List.of();
            ui.messageAt(IMPORT_MESSAGES, FacesMessage.SEVERITY_INFO, "vetting_queue.imported", report.created().size());
            csv = null;
            return;
        }
        // A problem of the file as a whole (empty, no header) is said as such; no table of "line 0".
        List<NominationCsv.Error> whole = report.errors().stream().filter(e -> e.line() == 0).toList();
        if (whole.size() == report.errors().size()) {
            importErrors = List.of();
            whole.forEach(e -> ui.messageAt(IMPORT_MESSAGES, FacesMessage.SEVERITY_ERROR, "error." + e.key(),
                    e.args().toArray()));
        } else {
            importErrors = report.errors();
            ui.messageAt(IMPORT_MESSAGES, FacesMessage.SEVERITY_ERROR, "vetting_queue.importFailed", report.errors().size());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Starts the re-evaluation of an expiring certificate's holder (Evaluations.reEvaluate decides). */
    public void reEvaluate(CertificateRow row) {
        ui.attempt(() -> evaluations.reEvaluate(row.id(), reEvaluationScope), "vetting_queue.reEvaluated", row.personName());
    }

    public String errorText(NominationCsv.Error e) {
        return ui.text("error." + e.key(), e.args().toArray());
    }

    public EvaluationState[] getStates() {
        return EvaluationState.values();
    }

    public List<String> getViews() { return views; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public PageModel<EvaluationRow> getModel() { return model; }
    public PageModel<CertificateRow> getExpiring() { return expiring; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public EvaluationState getState() { return state; }
    public void setState(EvaluationState state) { this.state = state; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public String getCsv() { return csv; }
    public void setCsv(String csv) { this.csv = csv; }
    public List<NominationCsv.Error> getImportErrors() { return importErrors; }
    public List<Level> getLevels() { return levels; }
    public Choice getNominee() { return nominee; }
    public void setNominee(Choice nominee) { this.nominee = nominee; }
    public Choices getNominees() { return nominees; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getReEvaluationScope() { return reEvaluationScope; }
    public void setReEvaluationScope(String reEvaluationScope) { this.reEvaluationScope = reEvaluationScope; }
}
