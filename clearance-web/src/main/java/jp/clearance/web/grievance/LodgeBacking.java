package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.grievance.boundary.ComplaintView;
import jp.clearance.grievance.boundary.GrievanceRow;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.grievance.boundary.Upload;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;

/**
 * /grievance/lodge.xhtml: a logged-in employee lodges a named complaint, optionally with a file; a complaint of
 * retaliation names the earlier complaint it follows (one of the employee's own; the latest when none is chosen).
 */
@Named
@ViewScoped
public class LodgeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Grievances grievances;

    @Inject
    AnonymousDesk desk;

    @Inject
    Ui ui;

    @Inject
    LocaleBacking locale;

    @Inject
    jp.clearance.web.platform.UserBacking user;

    private final LodgingForm form = new LodgingForm();
    private transient Part upload;
    private List<GrievanceRow> earlierComplaints;

    /** A named complaint starts with the employer of the complainant's own record, when it is known. */
    @jakarta.annotation.PostConstruct
    void prefill() {
        if (user.has(jp.clearance.platform.security.Roles.EMPLOYEE)) {
            grievances.ownEmployer().ifPresent(o -> form.prefillEmployer(o, ui, locale));
        }
    }

    public String submit() {
        List<Upload> files = List.of();
        if (Uploads.chosen(upload)) {
            Upload file = Uploads.read(upload, ui);
            if (file == null) {
                return null;
            }
            files = List.of(file);
        }
        List<Upload> chosen = files;
        ComplaintView v = ui.attempt(() -> grievances.lodge(form.toLodging(form.getRelatedId()), chosen), "grievance_lodge.lodged");
        if (v == null) {
            return null;
        }
        ui.keepMessages();
        return "/grievance/complaint?faces-redirect=true&id=" + v.id();
    }

    public List<Choice> completeEmployer(String text) {
        return form.complete(desk, ui, locale, text, null);
    }

    public List<Choice> completeOrgan(String text) {
        return form.complete(desk, ui, locale, text, OrganizationKind.ORGAN);
    }

    /** The employee's own complaints (the latest 50), to name the one a retaliation complaint follows. */
    public List<GrievanceRow> getEarlierComplaints() {
        if (earlierComplaints == null) {
            Page<GrievanceRow> mine = ui.attempt(() -> grievances.mine(PageRequest.of(0, 50)), null);
            earlierComplaints = mine == null ? List.of() : mine.items();
        }
        return earlierComplaints;
    }

    public LodgingForm getForm() { return form; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
