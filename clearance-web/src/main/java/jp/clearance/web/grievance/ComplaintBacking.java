package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.boundary.ComplaintView;
import org.primefaces.model.StreamedContent;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.web.platform.Ui;

/**
 * /grievance/complaint.xhtml: the named complainant's view of a complaint: status, decision, messages, answer, the
 * files they added (and adding one).
 */
@Named
@ViewScoped
public class ComplaintBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Grievances grievances;

    @Inject
    Ui ui;

    private Long id;
    private ComplaintView complaint;
    private String reply;
    private transient Part upload;

    public void load() {
        if (complaint == null && id != null) {
            complaint = ui.attempt(() -> grievances.complaint(id), null);
        }
    }

    public void send() {
        ComplaintView v = ui.attempt(() -> grievances.reply(id, reply), "public_receipt.sent");
        if (v != null) {
            complaint = v;
            reply = null;
        }
    }

    public void attach() {
        ComplaintView v = Uploads.attach(upload, ui, file -> grievances.attachOwn(id, file));
        if (v != null) {
            complaint = v;
        }
    }

    public StreamedContent download(AttachmentView row) {
        return Uploads.download(row, ui, () -> grievances.ownAttachment(id, row.id()));
    }

    public void withdraw() {
        ComplaintView v = ui.attempt(() -> grievances.withdraw(id, complaint.version()), "common.saved");
        if (v != null) {
            complaint = v;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ComplaintView getComplaint() { return complaint; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
