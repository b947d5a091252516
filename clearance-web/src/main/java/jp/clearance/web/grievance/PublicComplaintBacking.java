package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.grievance.boundary.LodgedReceipt;
import jp.clearance.grievance.boundary.Upload;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;

/**
 * /public/complaint.xhtml (no login): lodge an anonymous complaint, optionally with a file; the receipt code is shown
 * once.
 */
@Named
@ViewScoped
public class PublicComplaintBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnonymousDesk desk;

    @Inject
    Ui ui;

    @Inject
    LocaleBacking locale;

    private LodgingForm form = new LodgingForm();
    private LodgedReceipt receipt;
    private transient Part upload;

    public void submit() {
        List<Upload> files = List.of();
        if (Uploads.chosen(upload)) {
            Upload file = Uploads.read(upload, ui);
            if (file == null) {
                return;
            }
            files = List.of(file);
        }
        List<Upload> chosen = files;
        receipt = ui.attempt(() -> desk.lodge(form.toLodging(null), form.getEarlierCode(), chosen), null);
        if (receipt != null) {
            form = new LodgingForm();
        }
    }

    public List<Choice> completeEmployer(String text) {
        return form.complete(desk, ui, locale, text, null);
    }

    public List<Choice> completeOrgan(String text) {
        return form.complete(desk, ui, locale, text, OrganizationKind.ORGAN);
    }

    public LodgingForm getForm() { return form; }
    public LodgedReceipt getReceipt() { return receipt; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
