package jp.clearance.web.designation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.designation.boundary.DesignationRow;
import jp.clearance.designation.boundary.Designations;
import jp.clearance.designation.boundary.HandlerRegisters;
import jp.clearance.designation.boundary.HandlerRow;
import jp.clearance.designation.control.HandlerCondition;
import jp.clearance.designation.control.HandlerConflict;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationEvent;
import jp.clearance.designation.entity.Provision;
import jp.clearance.designation.entity.RecipientKind;
import jp.clearance.person.boundary.PersonRow;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.InformationCategory;
import jp.clearance.reference.entity.Level;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.OrganizationNames;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.platform.UserBacking;

/**
 * /designation/designation.xhtml: designate information (new), or open a designation (an audited read, for the
 * organ's officers and its handlers): extend, declassify, its handler register with the access-rule check, its
 * provisions and its history. Translates and displays; the boundaries decide.
 */
@Named
@ViewScoped
public class DesignationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String READ_PURPOSE = "designation record (/designation/designation)";

    @Inject
    Designations designations;

    @Inject
    HandlerRegisters registers;

    @Inject
    ReferenceData referenceData;

    @Inject
    Pickers pickers;

    @Inject
    LocaleBacking locale;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    @Inject
    UserBacking user;

    @Inject
    OrganizationNames organizationNames;

    private Long id;
    /** A security officer sees the register line, the handler register, provisions and history; a handler the record only. */
    private boolean officer;
    private Designation designation;
    private DesignationRow row;
    private boolean readable;
    private List<Level> levels = List.of();
    private List<InformationCategory> categories = List.of();
    private List<HandlerRow> handlers = List.of();
    private List<Provision> provisions = List.of();
    private List<DesignationEvent> history = List.of();
    /** The names of everyone ever on the register, for the history's notes (which keep the person's id). */
    private Map<Long, String> handlerNames = Map.of();
    private boolean showRemoved;

    private LocalDate newUntil;
    private String cabinetApproval;
    private String extensionNote;
    private LocalDate declassifyOn;
    private String declassifyReason;

    private Choice candidate;
    private final Choices candidates = new Choices();
    private List<HandlerCondition> conditions;
    private List<String> conflicts = List.of();

    private Provision provision;
    private Choice recipient;
    private final Choices recipients = new Choices();

    public void load() {
        if (designation != null || row != null) {
            return;
        }
        LocalDate today = clock.today();
        if (id == null) {
            designation = new Designation();
            designation.setDesignatedOn(today);
            levels = referenceData.levels(today);
            return;
        }
        officer = user.has(Roles.AGENCY_SECURITY_OFFICER);
        if (!officer) {
            // a handler (or anyone else): the audited read decides; the boundary says "not found" to those not on the register
            designation = ui.attempt(() -> designations.read(id, READ_PURPOSE), null);
            if (designation != null) {
                readable = true;
                row = line(designation, today);
            }
            return;
        }
        row = ui.attempt(() -> designations.find(id), null);
        if (row == null) {
            return;
        }
        readable = designations.mayRead(id);
        if (readable) {
            designation = ui.attempt(() -> designations.read(id, READ_PURPOSE), null);
        }
        refresh();
    }

    /** The register line of a record the caller has read (handlers do not see the expiry warning). */
    private static DesignationRow line(Designation d, LocalDate today) {
        return new DesignationRow(d.getId(), d.getVersion(), d.getOrgan().getCode(), d.getOrgan().getNameJa(),
                d.getOrgan().getNameEn(), d.getReferenceNumber(), d.getTitle(), d.getLevelCode(), d.getCategoryCode(),
                d.getItemCode(), d.getDesignatedOn(), d.getValidUntil(), d.statusOn(today), false,
                d.getCabinetApproval(), d.getEndedOn());
    }

    private void refresh() {
        row = designations.find(id);
        handlers = registers.entries(id, showRemoved);
        provisions = designations.provisions(id);
        history = designations.history(id);
        Map<Long, String> names = new HashMap<>();
        for (HandlerRow h : registers.entries(id, true)) {
            names.put(h.personId(), h.familyName() + " " + h.givenName());
        }
        handlerNames = names;
    }

    /** A history note in the user's language: codes and ids by their names, what an officer typed as typed. */
    public String note(DesignationEvent e) {
        return new HistoryNotes(ui::text, handlerNames::get, organizationNames::name).note(e.getKind(), e.getNote());
    }

    /** The categories of the chosen level's act in force on the designation date (each category, then its items). */
    public void levelChanged() {
        designation.setCategoryCode(null);
        designation.setItemCode(null);
        LocalDate on = designation.getDesignatedOn() == null ? clock.today() : designation.getDesignatedOn();
        Level level = levels.stream().filter(l -> l.getCode().equals(designation.getLevelCode())).findFirst().orElse(null);
        categories = level == null ? List.of() : referenceData.categories(level.getAct(), on);
    }

    public void categoryChanged() {
        designation.setItemCode(null);
    }

    public List<InformationCategory> getTopCategories() {
        return categories.stream().filter(c -> !c.isItem()).toList();
    }

    public List<InformationCategory> getItems() {
        return categories.stream().filter(c -> c.isItem() && c.getParentCode().equals(designation.getCategoryCode())).toList();
    }

    public String create() {
        Designation saved = ui.attempt(() -> designations.create(designation), "common.saved");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/designation/designation?faces-redirect=true&id=" + saved.getId();
    }

    public String extend() {
        Designation saved = ui.attempt(() -> designations.extend(id, row.version(), newUntil, cabinetApproval,
                extensionNote), "designation_designation.extended");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/designation/designation?faces-redirect=true&id=" + id;
    }

    public String declassify() {
        Designation saved = ui.attempt(() -> designations.declassify(id, row.version(), declassifyOn, declassifyReason),
                "designation_designation.declassified");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/designation/designation?faces-redirect=true&id=" + id;
    }

    public List<Choice> completeCandidate(String text) {
        return candidates.offer(registers.candidates(id, text).stream().map(this::label).toList());
    }

    private Choice label(PersonRow p) {
        return pickers.person(p);
    }

    /** Shows which conditions of the access rule the chosen person fails (or that they qualify). */
    public void checkCandidate() {
        conditions = candidate == null ? null : ui.attempt(() -> registers.check(id, candidate.id()), null);
        List<HandlerConflict> found = conditions != null && conditions.contains(HandlerCondition.LATER_ADVERSE_DECISION)
                ? ui.attempt(() -> registers.conflicts(id, candidate.id()), null) : null;
        conflicts = found == null ? List.of() : found.stream().map(c -> ui.text(c.messageKey(), c.messageArgs())).toList();
    }

    public void addHandler() {
        checkCandidate();
        if (conditions == null) {
            return;
        }
        if (!conditions.isEmpty()) {
            ui.error("error.designation.handlerNotEligible");
            return;
        }
        if (ui.attempt(() -> registers.add(id, candidate.id()), "designation_designation.handlerAdded") != null) {
            candidate = null;
            conditions = null;
            refresh();
        }
    }

    public void removeHandler(HandlerRow h) {
        if (ui.attempt(() -> registers.remove(h.id(), h.version(), null), "designation_designation.handlerRemoved") != null) {
            refresh();
        }
    }

    public void toggleRemoved() {
        refresh();
    }

    public void newProvision() {
        provision = new Provision();
        provision.setRecipientKind(RecipientKind.ENTITY);
        provision.setProvidedOn(clock.today());
        recipient = null;
    }

    public List<Choice> completeRecipient(String text) {
        return recipients.offer(pickers.organizations(text));
    }

    public void provide() {
        Long recipientId = recipient == null ? null : recipient.id();
        if (ui.attempt(() -> designations.provide(id, provision, recipientId), "designation_designation.provided") != null) {
            provision = null;
            refresh();
        }
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    public String levelName(String code) {
        return referenceData.levels(clock.today()).stream().filter(l -> l.getCode().equals(code))
                .map(l -> locale.name(l.getNameJa(), l.getNameEn())).findFirst().orElse(code);
    }

    /** The name of a category or item of the designation's act as the reference data had it on the designation date. */
    public String categoryName(String code) {
        if (code == null || row == null) {
            return null;
        }
        LocalDate on = row.designatedOn();
        return referenceData.levels(on).stream().filter(l -> l.getCode().equals(row.levelCode())).findFirst()
                .flatMap(l -> referenceData.categories(l.getAct(), on).stream().filter(c -> c.getCode().equals(code))
                        .findFirst())
                .map(c -> locale.name(c.getNameJa(), c.getNameEn())).orElse(code);
    }

    public boolean isOfficer() { return officer; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Designation getDesignation() { return designation; }
    public DesignationRow getRow() { return row; }
    public boolean isReadable() { return readable; }
    public List<Level> getLevels() { return levels; }
    public List<HandlerRow> getHandlers() { return handlers; }
    public List<Provision> getProvisions() { return provisions; }
    public List<DesignationEvent> getHistory() { return history; }
    public boolean isShowRemoved() { return showRemoved; }
    public void setShowRemoved(boolean showRemoved) { this.showRemoved = showRemoved; }
    public LocalDate getNewUntil() { return newUntil; }
    public void setNewUntil(LocalDate newUntil) { this.newUntil = newUntil; }
    public String getCabinetApproval() { return cabinetApproval; }
    public void setCabinetApproval(String cabinetApproval) { this.cabinetApproval = cabinetApproval; }
    public String getExtensionNote() { return extensionNote; }
    public void setExtensionNote(String extensionNote) { this.extensionNote = extensionNote; }
    public LocalDate getDeclassifyOn() { return declassifyOn; }
    public void setDeclassifyOn(LocalDate declassifyOn) { this.declassifyOn = declassifyOn; }
    public String getDeclassifyReason() { return declassifyReason; }
    public void setDeclassifyReason(String declassifyReason) { this.declassifyReason = declassifyReason; }
    public Choice getCandidate() { return candidate; }
    public void setCandidate(Choice candidate) { this.candidate = candidate; }
    public Choices getCandidates() { return candidates; }
    public List<HandlerCondition> getConditions() { return conditions; }
    /** The records overridden by a later adverse act, in the user's language (which record, which act, both days). */
    public List<String> getConflicts() { return conflicts; }
    public Provision getProvision() { return provision; }
    public Choice getRecipient() { return recipient; }
    public void setRecipient(Choice recipient) { this.recipient = recipient; }
    public Choices getRecipients() { return recipients; }
}
