package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.boundary.ComplaintView;
import org.primefaces.model.StreamedContent;
import jp.clearance.web.platform.Ui;

/**
 * /public/receipt.xhtml (no login): open an anonymous complaint with its receipt code, read the desk's messages,
 * answer and add information or a file. The code stays in this view only; every action checks it again.
 */
@Named
@ViewScoped
public class PublicReceiptBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnonymousDesk desk;

    @Inject
    Ui ui;

    private String code;
    private ComplaintView complaint;
    private String reply;
    private transient Part upload;

    public void open() {
        complaint = ui.attempt(() -> desk.open(code), null);
    }

    public void send() {
        ComplaintView updated = ui.attempt(() -> desk.reply(code, reply), "public_receipt.sent");
        if (updated != null) {
            complaint = updated;
            reply = null;
        }
    }

    public void attach() {
        ComplaintView updated = Uploads.attach(upload, ui, file -> desk.attach(code, file));
        if (updated != null) {
            complaint = updated;
        }
    }

    public StreamedContent download(AttachmentView row) {
        return Uploads.download(row, ui, () -> desk.attachment(code, row.id()));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ComplaintView getComplaint() { return complaint; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
