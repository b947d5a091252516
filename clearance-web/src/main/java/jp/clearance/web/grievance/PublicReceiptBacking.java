package jp.clearance.web.grievance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.function.Supplier;
import jp.clearance.platform.BusinessException;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.boundary.ComplaintView;
import org.primefaces.model.StreamedContent;
import jp.clearance.web.platform.AddressThrottle;
import jp.clearance.web.platform.Failures;
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

    @Inject
    AddressThrottle throttle;

    private String code;
    private ComplaintView complaint;
    private String reply;
    private transient Part upload;

    public void open() {
        if (allowed()) {
            complaint = ui.attempt(counted(() -> desk.open(code)), null);
        }
    }

    public void send() {
        if (!allowed()) {
            return;
        }
        ComplaintView updated = ui.attempt(counted(() -> desk.reply(code, reply)), "public_receipt.sent");
        if (updated != null) {
            complaint = updated;
            reply = null;
        }
    }

    public void attach() {
        if (!allowed()) {
            return;
        }
        ComplaintView updated = Uploads.attach(upload, ui, file -> counted(() -> desk.attach(code, file)).get());
        if (updated != null) {
            complaint = updated;
        }
    }

    public StreamedContent download(AttachmentView row) {
        return allowed() ? Uploads.download(row, ui, counted(() -> desk.attachment(code, row.id()))) : null;
    }

    /** Whether this client may try a code now; else the page says how long to wait (too many wrong codes). */
    private boolean allowed() {
        long wait = throttle.blockedFor(AddressThrottle.RECEIPT_CODE, address());
        if (wait > 0) {
            ui.error("http.429", Math.max(1, (wait + 999) / 1000));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        return true;
    }

    /** The call, with a wrong code counted against this client. */
    private <T> Supplier<T> counted(Supplier<T> call) {
        return () -> {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (Failures.cause(e) instanceof BusinessException refusal
                        && AnonymousDesk.WRONG_CODE_KEYS.contains(refusal.getKey())) {
                    throttle.failed(AddressThrottle.RECEIPT_CODE, address());
                }
                throw e;
            }
        };
    }

    private static String address() {
        return AddressThrottle.clientAddress((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ComplaintView getComplaint() { return complaint; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
