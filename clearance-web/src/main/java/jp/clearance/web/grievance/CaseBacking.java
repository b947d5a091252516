package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.boundary.Decision;
import jp.clearance.grievance.boundary.GrievanceRow;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.grievance.control.Deadlines;
import jp.clearance.grievance.control.VettingFacts;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceAttachment;
import jp.clearance.grievance.entity.GrievanceEntry;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.Outcome;
import jp.clearance.grievance.entity.Remedy;
import jp.clearance.web.platform.Ui;
import org.primefaces.model.StreamedContent;

/**
 * /grievance/case.xhtml: the desk handles a complaint: details, the running clock, vetting facts, linked complaints,
 * the timeline, the files; acknowledge, investigate, message the complainant, note, attach a file, decide with
 * remedies.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Grievances grievances;

    @Inject
    Ui ui;

    private Long id;
    private Grievance grievance;
    private List<GrievanceEntry> timeline = List.of();
    private List<VettingFacts.Fact> facts = List.of();
    private List<GrievanceRow> linked = List.of();
    private List<AttachmentView> attachments = List.of();
    private Deadlines.Clock clock;
    private transient Part upload;
    private String message;
    private String note;
    private EntryKind noteKind = EntryKind.NOTE;
    private Outcome outcome;
    private String reasons;
    private List<Remedy> remedies = List.of();
    private String remedyDetail;

    public void load() {
        if (grievance == null && id != null) {
            reload();
            if (grievance != null) {
                facts = grievances.vettingFacts(id);
                linked = grievances.linked(id);
            }
        }
    }

    private void reload() {
        grievance = ui.attempt(() -> grievances.read(id), null);
        if (grievance != null) {
            timeline = grievances.timeline(id);
            attachments = grievances.attachments(id);
            clock = grievances.clock(id);
        }
    }

    public void acknowledge() {
        if (ui.attempt(() -> grievances.acknowledge(id, grievance.getVersion(), message), "grievance_case.acknowledged")
                != null) {
            message = null;
            reload();
        }
    }

    public void investigate() {
        if (ui.attempt(() -> grievances.startInvestigation(id, grievance.getVersion()), "grievance_case.investigating")
                != null) {
            reload();
        }
    }

    public void sendMessage() {
        if (ui.attempt(() -> grievances.message(id, message), "grievance_case.sent") != null) {
            message = null;
            reload();
        }
    }

    public void addNote() {
        if (ui.attempt(() -> grievances.note(id, noteKind, note), "grievance_case.sent") != null) {
            note = null;
            reload();
        }
    }

    public void attach() {
        if (Uploads.attach(upload, ui, file -> grievances.attach(id, file)) != null) {
            reload();
        }
    }

    public StreamedContent download(AttachmentView row) {
        return Uploads.download(row, ui, () -> grievances.attachment(id, row.id()));
    }

    /** Who added a file: the account, or the anonymous complainant's marker in the user's language. */
    public String addedBy(AttachmentView row) {
        return GrievanceAttachment.ANONYMOUS.equals(row.addedBy()) ? ui.text("grievance_attachments.anonymous")
                : row.addedBy();
    }

    /** A vetting fact's code in the user's language (a transfer reason, an alert, an evaluation state, a status). */
    public String factCode(VettingFacts.Fact f) {
        return f.code() == null ? "" : ui.text(f.codeGroup() + "." + f.code());
    }

    public void decide() {
        EnumSet<Remedy> chosen = remedies == null || remedies.isEmpty() ? EnumSet.noneOf(Remedy.class)
                : EnumSet.copyOf(remedies);
        if (ui.attempt(() -> grievances.decide(id, grievance.getVersion(),
                new Decision(outcome, reasons, chosen, remedyDetail)), "grievance_case.decided") != null) {
            reload();
        }
    }

    /** The running clock, as the boundary computes it. */
    public Deadlines.Clock getClock() {
        return clock;
    }

    public boolean can(String target) {
        return grievance != null && grievance.getStatus().canBecome(GrievanceStatus.valueOf(target));
    }

    public EntryKind[] getNoteKinds() { return new EntryKind[] {EntryKind.NOTE, EntryKind.EMPLOYER_REQUEST}; }
    public Outcome[] getOutcomes() { return Outcome.values(); }
    public Remedy[] getRemedyChoices() { return Remedy.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Grievance getGrievance() { return grievance; }
    public List<GrievanceEntry> getTimeline() { return timeline; }
    public List<VettingFacts.Fact> getFacts() { return facts; }
    public List<GrievanceRow> getLinked() { return linked; }
    public List<AttachmentView> getAttachments() { return attachments; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public EntryKind getNoteKind() { return noteKind; }
    public void setNoteKind(EntryKind noteKind) { this.noteKind = noteKind; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public List<Remedy> getRemedies() { return remedies; }
    public void setRemedies(List<Remedy> remedies) { this.remedies = remedies; }
    public String getRemedyDetail() { return remedyDetail; }
    public void setRemedyDetail(String remedyDetail) { this.remedyDetail = remedyDetail; }
}
