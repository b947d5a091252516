package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.grievance.boundary.ComplaintView;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.web.platform.Ui;

/** /grievance/complaint.xhtml: the named complainant's view of a complaint: status, decision, messages, answer. */
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
}
