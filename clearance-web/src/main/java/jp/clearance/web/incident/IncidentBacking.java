package jp.clearance.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.clearance.incident.boundary.AttachmentRow;
import jp.clearance.incident.boundary.ChargeRow;
import jp.clearance.incident.boundary.Charges;
import jp.clearance.incident.boundary.DesignationLine;
import jp.clearance.incident.boundary.Incidents;
import jp.clearance.incident.boundary.PartyRow;
import jp.clearance.incident.boundary.Suggestion;
import jp.clearance.incident.control.Sentence;
import jp.clearance.incident.entity.Channel;
import jp.clearance.incident.entity.ChargeStatus;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentAttachment;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.incident.entity.IncidentTask;
import jp.clearance.incident.entity.JudgmentOutcome;
import jp.clearance.incident.entity.PartyRole;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.entity.Penalty;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.OrganizationNames;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.vetting.LevelLabels;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /incident/incident.xhtml: records a new incident, or shows one with its designations, parties (and the offer to
 * suspend a cleared person's clearance), evidence, charges with their statutory maxima and proceedings, tasks,
 * comments and timeline, and moves it through its lifecycle. Every decision is the boundaries'.
 */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    Incidents incidents;

    @Inject
    Charges charges;

    @Inject
    Pickers pickers;

    @Inject
    LocaleBacking locale;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    @Inject
    ReferenceData referenceData;

    @Inject
    OrganizationNames organizationNames;

    @Inject
    LevelLabels levelLabels;

    private Long id;
    private Incident incident;
    private List<DesignationLine> designations = List.of();
    private List<PartyRow> parties = List.of();
    private List<AttachmentRow> attachments = List.of();
    private List<ChargeRow> chargeRows = List.of();
    private List<IncidentTask> tasks = List.of();
    private List<IncidentEvent> timeline = List.of();

    private final Choices designationChoices = new Choices();
    private final Choices personChoices = new Choices();
    private final Choices organizationChoices = new Choices();
    private Choice designation;
    private Choice person;
    private PartyRole personRole = PartyRole.HANDLER;
    private Choice organization;

    private PartyRow suspending;
    private String suspensionReason;

    private IncidentStatus target;
    private String transitionReason;

    private transient Part upload;

    private String taskTitle;
    private String taskAssignee;
    private LocalDate taskDue;
    private String commentText;

    private Long chargePartyId;
    private Long chargeDesignationId;
    private String penaltyCode;
    private List<Penalty> offences = List.of();

    private ChargeRow charge;
    private LocalDate stepOn;
    private boolean indicted = true;
    private String court;
    private JudgmentOutcome outcome = JudgmentOutcome.CONVICTED;
    private Integer prisonMonths;
    private boolean suspended;
    private Integer suspensionMonths;
    private Long fineYen;
    private Long paidYen;

    /** Loads the incident named by the view parameter (an audited read), or starts a new one. */
    public void load() {
        if (incident != null) {
            return;
        }
        if (id == null) {
            incident = new Incident();
            incident.setDiscoveredOn(clock.today());
            return;
        }
        incident = ui.attempt(() -> incidents.open(id, "incident file"), null);
        if (incident != null) {
            refresh();
        }
    }

    private void refresh() {
        incident = incidents.find(id);
        designations = incidents.designations(id);
        parties = incidents.parties(id);
        attachments = incidents.attachments(id);
        chargeRows = charges.charges(id);
        tasks = incidents.tasks(id);
        timeline = incidents.timeline(id);
    }

    // ----- recording ------------------------------------------------------------------------------------------

    public String record() {
        List<Long> ids = designation == null ? List.of() : List.of(designation.id());
        Incident saved = ui.attempt(() -> incidents.record(incident, null, ids), "incident_incident.recorded");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/incident/incident?faces-redirect=true&id=" + saved.getId();
    }

    public List<Choice> completeDesignation(String text) {
        List<Suggestion> found = ui.attempt(() -> incidents.suggestDesignations(text, SUGGESTIONS), null);
        return designationChoices.offer(found == null ? List.of() : found.stream()
                .map(s -> new Choice(s.id(), s.label() + " [" + s.detailJa() + "]")).toList());
    }

    public List<Choice> completePerson(String text) {
        List<Suggestion> found = ui.attempt(() -> incidents.suggestPeople(text, SUGGESTIONS), null);
        return personChoices.offer(found == null ? List.of() : found.stream()
                .map(s -> new Choice(s.id(), s.label() + " — " + locale.name(s.detailJa(), s.detailEn()))).toList());
    }

    public List<Choice> completeOrganization(String text) {
        return organizationChoices.offer(pickers.organizations(text));
    }

    public void addDesignation() {
        if (designation != null && ui.run(() -> incidents.addDesignation(id, designation.id()), "common.saved")) {
            designation = null;
            refresh();
        }
    }

    public void addPerson() {
        if (person == null) {
            ui.error("incident_incident.choosePerson");
            return;
        }
        PartyRow added = ui.attempt(() -> incidents.addPerson(id, person.id(), personRole), "common.saved");
        if (added != null) {
            person = null;
            refresh();
            if (added.isSuspendable()) {
                ui.info("incident_incident.holdsClearance", added.name(), clearances(added));
            }
        }
    }

    public void addOrganization() {
        if (organization == null) {
            ui.error("incident_incident.chooseOrganization");
            return;
        }
        if (ui.run(() -> incidents.addOrganization(id, organization.id()), "common.saved")) {
            organization = null;
            refresh();
        }
    }

    public void startSuspension(PartyRow party) {
        suspending = party;
        suspensionReason = null;
    }

    public void suspend() {
        if (suspending != null && ui.run(() -> incidents.suspendClearance(id, suspending.id(), suspensionReason),
                "incident_incident.suspended")) {
            suspending = null;
            refresh();
        }
    }

    // ----- evidence -------------------------------------------------------------------------------------------

    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            ui.error("incident_incident.chooseFile");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            ui.error("error.unexpected");
            return;
        }
        String name = upload.getSubmittedFileName();
        String type = upload.getContentType();
        if (ui.run(() -> incidents.attach(id, name == null ? "evidence" : name, type, content),
                "incident_incident.attached")) {
            refresh();
        }
    }

    /** The incident report as a PDF in the user's language (an audited read). */
    public StreamedContent getReport() {
        byte[] pdf = ui.attempt(() -> incidents.report(id, timelineTexts()), null);
        byte[] bytes = pdf == null ? new byte[0] : pdf;
        return DefaultStreamedContent.builder().name("incident-" + id + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private IncidentTexts texts() {
        return new IncidentTexts(locale.getLocale());
    }

    /**
     * A timeline note in the user's language: status changes with the statuses' names, parties, organizations and
     * levels by their names, days in the user's format; what officers typed as they typed it.
     */
    public String note(IncidentEvent e) {
        return timelineTexts().note(e);
    }

    private TimelineTexts timelineTexts() {
        return new TimelineTexts(texts(), parties, organizationNames::name, levelLabels::name);
    }

    /**
     * The clearances a party holds today, each as its level and the organ that decided it (重要経済安保情報（経済産業省）),
     * so that two records of the same level are told apart.
     */
    public String clearances(jp.clearance.incident.boundary.PartyRow p) {
        if (p == null || p.held() == null) {
            return "";
        }
        return String.join(", ", p.held().stream().map(h -> ui.text("incident_incident.clearanceOf",
                levelLabels.name(h.levelCode()), locale.name(h.organNameJa(), h.organNameEn()),
                locale.date(h.validUntil()))).toList());
    }

    /** An amount in yen with thousands separators (5,000,000円 / ¥5,000,000); the "none" mark when none. */
    public String yen(Long amount) {
        return texts().yen(amount);
    }

    /** A number of months as months (a field in months shows its cap in months, not in years). */
    public String months(Integer months) {
        return months == null ? ui.text("incident.none") : ui.text("incident.months", months);
    }

    /** Level codes (a person's valid clearances) as their names in the user's language. */
    public String levels(List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(levelLabels::name).toList());
    }

    /** The name of a designation's category in the user's language (reference data in force today; else the code). */
    public String categoryName(DesignationLine d) {
        if (d == null || d.categoryCode() == null) {
            return null;
        }
        return referenceData.categories(d.act(), clock.today()).stream()
                .filter(c -> c.getCode().equals(d.categoryCode())).findFirst()
                .map(c -> locale.name(c.getNameJa(), c.getNameEn())).orElse(d.categoryCode());
    }

    public StreamedContent download(AttachmentRow row) {
        IncidentAttachment a = ui.attempt(() -> incidents.attachment(row.id()), null);
        byte[] bytes = a == null ? new byte[0] : a.getContent();
        return DefaultStreamedContent.builder().name(row.fileName()).contentType(row.contentType())
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    // ----- lifecycle ------------------------------------------------------------------------------------------

    public List<IncidentStatus> getTargets() {
        return incident == null || incident.getId() == null ? List.of() : new ArrayList<>(incident.getStatus().next());
    }

    public void transition() {
        if (target == null) {
            ui.error("incident_incident.chooseTarget");
            return;
        }
        if (ui.run(() -> incidents.transition(id, incident.getVersion(), target, transitionReason),
                "incident_incident.moved")) {
            target = null;
            transitionReason = null;
            refresh();
        }
    }

    // ----- tasks and comments ---------------------------------------------------------------------------------

    public void addTask() {
        if (ui.run(() -> incidents.addTask(id, taskTitle == null ? "" : taskTitle, taskAssignee == null ? "" : taskAssignee,
                taskDue), "common.saved")) {
            taskTitle = null;
            taskAssignee = null;
            taskDue = null;
            refresh();
        }
    }

    public void completeTask(IncidentTask t) {
        if (ui.run(() -> incidents.completeTask(t.getId(), t.getVersion()), "common.saved")) {
            refresh();
        }
    }

    public boolean overdue(IncidentTask t) {
        return t.isOverdueOn(clock.today());
    }

    public void comment() {
        if (ui.run(() -> incidents.comment(id, commentText == null ? "" : commentText), "common.saved")) {
            commentText = null;
            refresh();
        }
    }

    // ----- charges --------------------------------------------------------------------------------------------

    public void loadOffences() {
        penaltyCode = null;
        List<Penalty> found = chargeDesignationId == null ? List.of()
                : ui.attempt(() -> charges.offences(id, chargeDesignationId), null);
        offences = found == null ? List.of() : found;
    }

    /** The offence chosen in the charge form, to show its maxima before the charge is laid. */
    public Penalty getChosenOffence() {
        return offences.stream().filter(p -> p.getCode().equals(penaltyCode)).findFirst().orElse(null);
    }

    public PartyRow getChargeParty() {
        return parties.stream().filter(p -> Long.valueOf(p.id()).equals(chargePartyId)).findFirst().orElse(null);
    }

    public void lay() {
        if (chargePartyId == null || chargeDesignationId == null || penaltyCode == null) {
            ui.error("incident_incident.chargeIncomplete");
            return;
        }
        if (ui.run(() -> charges.lay(id, chargePartyId, chargeDesignationId, penaltyCode), "incident_incident.charged")) {
            chargePartyId = null;
            chargeDesignationId = null;
            penaltyCode = null;
            offences = List.of();
            refresh();
        }
    }

    public void startProceedings(ChargeRow row) {
        charge = row;
        stepOn = clock.today();
        indicted = true;
        court = row.court();
        outcome = JudgmentOutcome.CONVICTED;
        prisonMonths = null;
        suspended = false;
        suspensionMonths = null;
        fineYen = null;
        paidYen = row.fineYen();
    }

    public boolean can(String step) {
        return charge != null && charge.status().canMoveTo(ChargeStatus.valueOf(step));
    }

    public void refer() {
        step(() -> charges.refer(charge.id(), charge.version(), stepOn));
    }

    public void decide() {
        step(() -> charges.decide(charge.id(), charge.version(), indicted, stepOn));
    }

    public void judge() {
        step(() -> charges.judge(charge.id(), charge.version(), court == null ? "" : court, stepOn, outcome,
                new Sentence(prisonMonths, suspended, suspensionMonths, fineYen)));
    }

    public void appeal() {
        step(() -> charges.appeal(charge.id(), charge.version(), stepOn));
    }

    public void makeFinal() {
        step(() -> charges.finalize(charge.id(), charge.version(), stepOn));
    }

    public void pay() {
        step(() -> charges.recordPayment(charge.id(), charge.version(), paidYen == null ? -1 : paidYen, stepOn));
    }

    private void step(java.util.function.Supplier<ChargeRow> call) {
        if (charge == null) {
            return;
        }
        ChargeRow saved = ui.attempt(call, "incident_incident.stepRecorded");
        if (saved != null) {
            // Read the charge again once the step is committed: the dialog stays open for the next step, which must
            // carry the version the database now holds (not the one seen when the dialog was opened).
            charge = charges.find(saved.id());
            refresh();
        }
    }

    /** A prison term as years and months in the user's language (the bundle's "none" mark when none). */
    public String term(Integer months) {
        return texts().term(months);
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public PartyRole[] getPersonRoles() {
        return new PartyRole[] {PartyRole.HANDLER, PartyRole.RECIPIENT, PartyRole.OUTSIDER};
    }

    public JudgmentOutcome[] getOutcomes() {
        return JudgmentOutcome.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Incident getIncident() { return incident; }
    public List<DesignationLine> getDesignations() { return designations; }
    public List<PartyRow> getParties() { return parties; }
    public List<AttachmentRow> getAttachments() { return attachments; }
    public List<ChargeRow> getCharges() { return chargeRows; }
    public List<IncidentTask> getTasks() { return tasks; }
    public List<IncidentEvent> getTimeline() { return timeline; }
    public Choices getDesignationChoices() { return designationChoices; }
    public Choices getPersonChoices() { return personChoices; }
    public Choices getOrganizationChoices() { return organizationChoices; }
    public Choice getDesignation() { return designation; }
    public void setDesignation(Choice designation) { this.designation = designation; }
    public Choice getPerson() { return person; }
    public void setPerson(Choice person) { this.person = person; }
    public PartyRole getPersonRole() { return personRole; }
    public void setPersonRole(PartyRole personRole) { this.personRole = personRole; }
    public Choice getOrganization() { return organization; }
    public void setOrganization(Choice organization) { this.organization = organization; }
    public PartyRow getSuspending() { return suspending; }
    public String getSuspensionReason() { return suspensionReason; }
    public void setSuspensionReason(String suspensionReason) { this.suspensionReason = suspensionReason; }
    public IncidentStatus getTarget() { return target; }
    public void setTarget(IncidentStatus target) { this.target = target; }
    public String getTransitionReason() { return transitionReason; }
    public void setTransitionReason(String transitionReason) { this.transitionReason = transitionReason; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getTaskTitle() { return taskTitle; }
    public void setTaskTitle(String taskTitle) { this.taskTitle = taskTitle; }
    public String getTaskAssignee() { return taskAssignee; }
    public void setTaskAssignee(String taskAssignee) { this.taskAssignee = taskAssignee; }
    public LocalDate getTaskDue() { return taskDue; }
    public void setTaskDue(LocalDate taskDue) { this.taskDue = taskDue; }
    public String getCommentText() { return commentText; }
    public void setCommentText(String commentText) { this.commentText = commentText; }
    public Long getChargePartyId() { return chargePartyId; }
    public void setChargePartyId(Long chargePartyId) { this.chargePartyId = chargePartyId; }
    public Long getChargeDesignationId() { return chargeDesignationId; }
    public void setChargeDesignationId(Long chargeDesignationId) { this.chargeDesignationId = chargeDesignationId; }
    public String getPenaltyCode() { return penaltyCode; }
    public void setPenaltyCode(String penaltyCode) { this.penaltyCode = penaltyCode; }
    public List<Penalty> getOffences() { return offences; }
    public ChargeRow getCharge() { return charge; }
    public LocalDate getStepOn() { return stepOn; }
    public void setStepOn(LocalDate stepOn) { this.stepOn = stepOn; }
    public boolean isIndicted() { return indicted; }
    public void setIndicted(boolean indicted) { this.indicted = indicted; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public JudgmentOutcome getOutcome() { return outcome; }
    public void setOutcome(JudgmentOutcome outcome) { this.outcome = outcome; }
    public Integer getPrisonMonths() { return prisonMonths; }
    public void setPrisonMonths(Integer prisonMonths) { this.prisonMonths = prisonMonths; }
    public boolean isSuspended() { return suspended; }
    public void setSuspended(boolean suspended) { this.suspended = suspended; }
    public Integer getSuspensionMonths() { return suspensionMonths; }
    public void setSuspensionMonths(Integer suspensionMonths) { this.suspensionMonths = suspensionMonths; }
    public Long getFineYen() { return fineYen; }
    public void setFineYen(Long fineYen) { this.fineYen = fineYen; }
    public Long getPaidYen() { return paidYen; }
    public void setPaidYen(Long paidYen) { this.paidYen = paidYen; }
}
