package jp.clearance.web.vetting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.vetting.boundary.EvaluationView;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.boundary.Questionnaires;
import jp.clearance.vetting.boundary.SectionView;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.QuestionnaireRules;
import jp.clearance.web.platform.Ui;

/**
 * /vetting/questionnaire.xhtml?id=: the person fills in one section at a time, in any order; a save keeps what was typed
 * and shows the issues at once; the review lists what is missing; submission is a declaration.
 * <p>
 * Nothing typed waits for the Save button: every change of a field (and a pause in typing, leaving the page, or the
 * session about to time out) autosaves the section as a draft through the same boundary call, and the section's
 * issues are refreshed at once. The page re-renders only the messages, never the fields, so what was typed (even a
 * value the rules reject, such as an unreadable date) stays as typed. Each save passes the section's version seen by
 * this page and takes the new one back, so a page's own autosaves never collide, while a save from a stale page
 * (another tab or device) is refused instead of overwriting newer answers.
 */
@Named
@ViewScoped
public class QuestionnaireBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Evaluations evaluations;

    @Inject
    Ui ui;

    @Inject
    jp.clearance.reference.boundary.ReferenceData reference;

    @Inject
    jp.clearance.platform.time.ApplicationClock clock;

    @Inject
    jp.clearance.web.platform.LocaleBacking locale;

    private Map<String, String> surveyNames = new HashMap<>();

    private Long id;
    private String code;
    private EvaluationView status;
    private List<SectionView> sections;
    private SectionView current;
    /** The entries being edited: field name to value, one map per entry. */
    private List<Map<String, String>> entries = new ArrayList<>();
    /** The explanations of the employment gaps on the screen (by gap key), saved with the section. */
    private Map<String, String> explanations = new HashMap<>();
    private List<QuestionnaireRules.Issue> issues = List.of();
    private boolean declaration;
    /** When this page last saved the current section (shown next to the Save button), or null. */
    private LocalDateTime savedAt;
    /** Whether the last save of this page was refused (what was typed is still on the screen). */
    private boolean saveFailed;

    public void load() {
        if (sections != null || id == null) {
            return;
        }
        status = ui.attempt(() -> evaluations.status(id), null);
        if (status == null) {
            return;
        }
        reference.surveyItems(jp.clearance.reference.entity.Act.CESI_2024, clock.today())
                .forEach(i -> surveyNames.put(i.getCode(), locale.name(i.getNameJa(), i.getNameEn())));
        sections = ui.attempt(() -> questionnaires.review(id), null);
        if (sections != null) {
            show(code != null ? code : sections.get(0).code());
        }
    }

    /**
     * Shows another section. What was typed in the current one and not yet saved is saved first (with its issues), so
     * that nothing typed is lost by moving between sections.
     */
    public void open(String sectionCode) {
        if (current != null && current.editable() && changed() && !store(true)) {
            return; // refused: stay, so that what was typed is not lost
        }
        show(sectionCode);
    }

    private void show(String sectionCode) {
        current = sections.stream().filter(s -> s.code().equals(sectionCode)).findFirst().orElse(sections.get(0));
        code = current.code();
        entries = new ArrayList<>();
        current.entries().forEach(e -> entries.add(new HashMap<>(e)));
        if (entries.isEmpty() && !current.section().repeatable()) {
            entries.add(new HashMap<>());
        }
        explanations = new HashMap<>(current.gapExplanations());
        issues = current.saved() ? current.issues() : List.of();
        savedAt = null;
        saveFailed = false;
    }

    /** Whether the entries on the screen differ from the saved ones (blank values count as absent). */
    private boolean changed() {
        return !normalized(entries).equals(normalized(current.entries()))
                || !normalized(List.of(explanations)).equals(normalized(List.of(current.gapExplanations())));
    }

    private static List<Map<String, String>> normalized(List<Map<String, String>> list) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> e : list) {
            Map<String, String> m = new HashMap<>();
            e.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    m.put(k, v);
                }
            });
            if (!m.isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether the person may still change anything: filling in, or correcting what was returned. */
    public boolean isEditable() {
        return status != null && ("QUESTIONNAIRE".equals(status.state()) || "RETURNED".equals(status.state()));
    }

    public void addEntry() {
        entries.add(new HashMap<>());
    }

    /** Removes an entry; the removal is autosaved like any other change. */
    public void removeEntry(int index) {
        entries.remove(index);
        autosave();
    }

    /**
     * The Save button: saves the section and says how many points need attention. A section of one entry with nothing
     * typed (and nothing saved before) has nothing to save: the page says so (information), instead of saving an empty
     * draft and announcing it as saved with issues. A repeatable section is saved even when empty: no entries is an
     * answer there (no family members abroad, no trips).
     */
    public synchronized void save() {
        if (current != null && !current.section().repeatable() && normalized(entries).isEmpty() && !changed()) {
            ui.info("vetting_questionnaire.nothingToSave");
            confirmSaved();
            return;
        }
        if (store(true)) {
            confirmSaved();
        }
    }

    /**
     * Tells the page's client that the server holds what the screen showed when the request was sent (callback
     * parameter {@code saved}), so that the text it kept in the browser for this section may go.
     */
    private static void confirmSaved() {
        if (org.primefaces.PrimeFaces.current().isAjaxRequest()) { // not for the beacon sent while the page unloads
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
        }
    }

    /**
     * Autosave (a field changed, typing paused, the page is left, or the session is about to time out): saves the
     * section as a draft when what is on the screen differs from what was saved; the issues are refreshed, no message
     * is added unless the save is refused. Synchronized with {@link #save()}: a beacon sent while the page unloads may
     * arrive while an Ajax save of the same page runs, and must then use the version that save returned.
     */
    public synchronized void autosave() {
        if (current == null || !current.editable()) {
            return;
        }
        if (changed() && !store(false)) {
            // Autosaves leave the page's messages alone (a "saved" message stays), unless there is a refusal to show.
            org.primefaces.PrimeFaces.current().ajax().update("messages");
            return;
        }
        confirmSaved();
    }

    /**
     * Saves the entries on the screen (kept as typed, complete or not) with the version this page last saw, and takes
     * the saved section back (its issues, its new version) without reading the whole questionnaire again.
     */
    private boolean store(boolean announce) {
        long version = current.version();
        Map<String, String> gapExplanations = QuestionnaireForm.EMPLOYMENT.equals(code) ? explanations : null;
        List<String> gapsBefore = current.gaps().stream().map(QuestionnaireRules.Gap::key).toList();
        SectionView saved = ui.attempt(() -> questionnaires.save(id, code, entries, gapExplanations, version), null);
        if (saved == null) {
            saveFailed = true;
            return false;
        }
        saveFailed = false;
        savedAt = saved.savedAt();
        issues = saved.issues();
        if (announce && issues.isEmpty()) {
            ui.info("vetting_questionnaire.saved");
        } else if (announce) {
            // Saved as a draft: a warning (what is missing is named at each field), never an error saying "saved".
            ui.warn("vetting_questionnaire.savedWithIssues", issues.size());
        }
        current = saved;
        sections = sections.stream().map(s -> s.code().equals(code) ? saved : s).toList();
        if (!gapsBefore.equals(saved.gaps().stream().map(QuestionnaireRules.Gap::key).toList())) {
            // a gap appeared or went away: its explanation field is shown or taken away (the other fields stay as typed)
            org.primefaces.PrimeFaces.current().ajax().update("q:gaps");
        }
        return true;
    }

    /** The save status next to the Save button: "saved at HH:mm", or that the last save was refused. */
    public String getSaveStatus() {
        if (saveFailed) {
            return ui.text("vetting_questionnaire.autosaveFailed");
        }
        if (savedAt != null) {
            return ui.text("vetting_questionnaire.autosaved", savedAt.format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        if (current != null && current.savedAt() != null) {
            return ui.text("vetting_questionnaire.lastSaved",
                    locale.date(current.savedAt()));
        }
        return "";
    }

    public boolean isSaveFailed() {
        return saveFailed;
    }

    /**
     * Submits the questionnaire (the signed declaration): what is on the screen is saved first, so nothing typed is
     * lost; the page's client then sends no further autosave (callback parameter {@code submitted}).
     */
    public synchronized String submit() {
        if (current != null && current.editable() && changed() && !store(false)) {
            return null; // what is on the screen could not be saved: nothing is submitted
        }
        EvaluationView latest = evaluations.status(id);
        if (ui.run(() -> questionnaires.submit(id, latest.version(), declaration), "vetting_questionnaire.submitted")) {
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("submitted", true);
            ui.keepMessages();
            return "/vetting/mine?faces-redirect=true";
        }
        return null;
    }

    /** The issues of one field of one entry (for the message next to it), in the user's language. */
    public String issueText(int entry, String field) {
        StringBuilder b = new StringBuilder();
        for (QuestionnaireRules.Issue i : issues) {
            if (i.entry() == entry && field.equals(i.field())) {
                b.append(b.length() > 0 ? " " : "").append(ui.text(i.key(), i.args().toArray()));
            }
        }
        return b.toString();
    }

    /** The issues of the section as a whole (gaps, coverage). */
    public List<String> getSectionIssues() {
        return issues.stream().filter(i -> i.field() == null).map(i -> ui.text(i.key(), i.args().toArray())).toList();
    }

    /** A section's title: the survey item's name from the reference data, or the fixed section's text. */
    public String label(String sectionCode) {
        String survey = surveyNames.get(sectionCode);
        return survey != null ? ui.text("vetting.section.SURVEY") + ": " + survey : ui.text("vetting.section." + sectionCode);
    }

    /** An issue for the review list: the field's name before the message. */
    public String text(QuestionnaireRules.Issue i) {
        String message = ui.text(i.key(), i.args().toArray());
        if (i.field() == null) {
            return message;
        }
        String field = sections.stream().filter(s -> s.code().equals(i.section())).findFirst()
                .flatMap(s -> s.section().field(i.field())).map(f -> FieldLabels.of(ui.locale(), f))
                .orElseGet(() -> ui.text("vetting.field." + i.field()));
        return field + ": " + message;
    }

    /** The flagged gaps of the employment history shown, each with its explanation field. */
    public List<QuestionnaireRules.Gap> getGaps() {
        return current == null ? List.of() : current.gaps();
    }

    /** A gap's label: its period and length, in the user's language. */
    public String gapLabel(QuestionnaireRules.Gap gap) {
        return ui.text("vetting_questionnaire.gapExplanation", gap.from(), gap.to(), gap.days());
    }

    public boolean isAllComplete() {
        return sections != null && sections.stream().allMatch(SectionView::complete);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public EvaluationView getStatus() { return status; }
    public List<SectionView> getSections() { return sections; }
    public SectionView getCurrent() { return current; }
    public List<Map<String, String>> getEntries() { return entries; }
    public Map<String, String> getExplanations() { return explanations; }
    public boolean isDeclaration() { return declaration; }
    public void setDeclaration(boolean declaration) { this.declaration = declaration; }
}
