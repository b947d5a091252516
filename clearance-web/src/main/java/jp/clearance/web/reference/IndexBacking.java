package jp.clearance.web.reference;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.CategoryRow;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.boundary.ReferenceFilter;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.CategoryKind;
import jp.clearance.reference.entity.InformationCategory;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.Level;
import jp.clearance.reference.entity.Offence;
import jp.clearance.reference.entity.ParameterUnit;
import jp.clearance.reference.entity.Penalty;
import jp.clearance.reference.entity.ReferenceRow;
import jp.clearance.reference.entity.SurveyItem;
import jp.clearance.reference.entity.SurveyQuestion;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;
import org.primefaces.component.datatable.DataTable;

/**
 * /reference/index.xhtml: the legal reference data, one lazy table per table, filtered by act and by the day
 * in force (or the whole history). Administrators correct a row or add a new version of it from a day; the
 * boundary decides whether that is allowed. Everyone else reads.
 */
@Named
@ViewScoped
public class IndexBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the row dialog does: correct the row in place, or add a new version of it. */
    public enum Mode { EDIT, VERSION }

    static final List<String> TABLES = List.of("list:tabs:levelTable", "list:tabs:categoryTable",
            "list:tabs:surveyItemTable", "list:tabs:surveyQuestionTable", "list:tabs:parameterTable", "list:tabs:penaltyTable");

    private static final Map<Class<?>, String> KINDS = Map.of(Level.class, "level",
            InformationCategory.class, "category", SurveyItem.class, "surveyItem", SurveyQuestion.class, "surveyQuestion", LegalParameter.class, "parameter",
            Penalty.class, "penalty");

    @Inject
    ReferenceData referenceData;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    private Act act;
    private LocalDate on;
    private boolean history;
    private String text;
    private Boolean confirmed;
    private int activeTab;

    private PageModel<Level> levels;
    private PageModel<CategoryRow> categories;
    private PageModel<SurveyItem> surveyItems;
    private PageModel<SurveyQuestion> surveyQuestions;
    private PageModel<LegalParameter> parameters;
    private PageModel<Penalty> penalties;

    private Mode mode;
    private ReferenceRow row;
    private long basisId;
    private long basisVersion;
    private List<InformationCategory> parents = List.of();

    @PostConstruct
    void init() {
        on = clock.today();
        levels = new PageModel<>(page -> referenceData.searchLevels(filter(), page), Level::getId);
        categories = new PageModel<>(page -> referenceData.searchCategories(filter(), page),
                r -> r.category().getId());
        surveyItems = new PageModel<>(page -> referenceData.searchSurveyItems(filter(), page), SurveyItem::getId);
        surveyQuestions = new PageModel<>(page -> referenceData.searchSurveyQuestions(filter(), page),
                SurveyQuestion::getId);
        parameters = new PageModel<>(page -> referenceData.searchParameters(filter(), page), LegalParameter::getId);
        penalties = new PageModel<>(page -> referenceData.searchPenalties(filter(), page), Penalty::getId);
    }

    private ReferenceFilter filter() {
        return new ReferenceFilter(act, on, history, text, confirmed);
    }

    /** Applies the filter: every table goes back to its first page. */
    public void search() {
        if (on == null) {
            on = clock.today();
        }
        firstPages();
    }

    public void reset() {
        act = null;
        on = clock.today();
        history = false;
        text = null;
        confirmed = null;
        firstPages();
    }

    private void firstPages() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (String id : TABLES) {
            UIComponent table = context.getViewRoot().findComponent(id);
            if (table instanceof DataTable dataTable) {
                dataTable.setFirst(0);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // The row dialog (administrators)
    // ----------------------------------------------------------------------------------------------------------

    /** Opens the dialog to correct a row, with its current values and version. */
    public void edit(ReferenceRow selected) {
        mode = Mode.EDIT;
        row = ui.attempt(() -> referenceData.find(selected.getClass(), selected.getId()), null);
        loadParents();
    }

    /** Opens the dialog to add a new version of a row: a copy of it, from today unless changed. */
    public void newVersion(ReferenceRow selected) {
        mode = Mode.VERSION;
        ReferenceRow basis = ui.attempt(() -> referenceData.find(selected.getClass(), selected.getId()), null);
        row = null;
        if (basis != null) {
            basisId = basis.getId();
            basisVersion = basis.getVersion();
            row = basis.draftNextVersion(clock.today());
        }
        loadParents();
    }

    public void save() {
        ReferenceRow saved = mode == Mode.EDIT
                ? ui.attempt(() -> referenceData.update(row), "common.saved")
                : ui.attempt(() -> referenceData.addVersion(basisId, basisVersion, row), "reference_index.versionAdded",
                        row.getCode(), row.getEffectiveFrom());
        if (saved != null) {
            row = null;
        }
    }

    /** The categories an item may belong to: those of its act in force when the row starts, and its own. */
    private void loadParents() {
        parents = List.of();
        if (row instanceof InformationCategory c && c.isItem()) {
            LocalDate day = c.getEffectiveFrom() != null ? c.getEffectiveFrom() : on;
            List<InformationCategory> choices = new ArrayList<>(referenceData.categories(c.getAct(), day).stream()
                    .filter(p -> p.getKind() == CategoryKind.CATEGORY).toList());
            if (c.getParentCode() != null && choices.stream().noneMatch(p -> p.getCode().equals(c.getParentCode()))) {
                List<InformationCategory> own = referenceData.versions(InformationCategory.class, c.getParentCode());
                if (!own.isEmpty()) {
                    choices.add(own.get(own.size() - 1));
                }
            }
            parents = choices;
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Display
    // ----------------------------------------------------------------------------------------------------------

    /** "level", "category", "surveyItem", "surveyQuestion", "parameter" or "penalty": which fields the dialog shows. */
    public String getKind() {
        return row == null ? null : KINDS.get(row.getClass());
    }

    /** The effective period, e.g. "2025-05-16 〜" or "2025-05-16 〜 2027-03-31". */
    public String period(ReferenceRow r) {
        return r.getEffectiveTo() == null ? ui.text("reference_index.periodOpen", r.getEffectiveFrom())
                : ui.text("reference_index.period", r.getEffectiveFrom(), r.getEffectiveTo());
    }

    /** A parameter's value with its unit, e.g. "10年" / "10 years". */
    public String value(LegalParameter p) {
        return ui.text("reference_index.value." + p.getUnit(), p.getValueNum());
    }

    /** A prison term given in months, as years and months, e.g. "1年6か月" / "1 year 6 months". */
    public String prison(Integer months) {
        if (months == null) {
            return ui.text("reference_index.none");
        }
        int years = months / 12;
        int rest = months % 12;
        if (rest == 0) {
            return ui.text("reference_index.prison.years", years);
        }
        return years == 0 ? ui.text("reference_index.prison.months", rest)
                : ui.text("reference_index.prison.yearsMonths", years, rest);
    }

    /** An amount of yen, e.g. "5,000,000円" / "¥5,000,000". */
    public String yen(Long amount) {
        return amount == null ? ui.text("reference_index.none") : ui.text("reference_index.yen", amount);
    }

    public Act[] getActs() { return Act.values(); }
    public ParameterUnit[] getUnits() { return ParameterUnit.values(); }
    public Offence[] getOffences() { return Offence.values(); }

    public PageModel<Level> getLevels() { return levels; }
    public PageModel<CategoryRow> getCategories() { return categories; }
    public PageModel<SurveyItem> getSurveyItems() { return surveyItems; }
    public PageModel<SurveyQuestion> getSurveyQuestions() { return surveyQuestions; }
    public PageModel<LegalParameter> getParameters() { return parameters; }
    public PageModel<Penalty> getPenalties() { return penalties; }
    public Act getAct() { return act; }
    public void setAct(Act act) { this.act = act; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public boolean isHistory() { return history; }
    public void setHistory(boolean history) { this.history = history; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Boolean getConfirmed() { return confirmed; }
    public void setConfirmed(Boolean confirmed) { this.confirmed = confirmed; }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }
    public Mode getMode() { return mode; }
    public ReferenceRow getRow() { return row; }
    public long getBasisVersion() { return basisVersion; }
    public void setBasisVersion(long basisVersion) { this.basisVersion = basisVersion; }
    public List<InformationCategory> getParents() { return parents; }
}
