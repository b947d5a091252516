package jp.clearance.web.grievance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.grievance.boundary.GrievanceRow;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.web.platform.PageModel;

/** /grievance/mine.xhtml: the employee's own complaints. */
@Named("grievanceMineBacking")
@ViewScoped
public class MineBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Grievances grievances;

    private PageModel<GrievanceRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(grievances::mine, GrievanceRow::id);
    }

    public PageModel<GrievanceRow> getModel() { return model; }
}
