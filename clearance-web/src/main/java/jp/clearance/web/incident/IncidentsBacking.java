package jp.clearance.web.incident;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.incident.boundary.IncidentFilter;
import jp.clearance.incident.boundary.IncidentRow;
import jp.clearance.incident.boundary.Incidents;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.web.platform.PageModel;

/** /incident/incidents.xhtml: the queue of incidents (open ones by default), with age and overdue tasks. */
@Named
@ViewScoped
public class IncidentsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    private IncidentStatus status;
    private boolean openOnly = true;
    private PageModel<IncidentRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> incidents.search(new IncidentFilter(status, openOnly, null), page),
                IncidentRow::id);
    }

    public void reset() {
        status = null;
        openOnly = true;
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    public PageModel<IncidentRow> getModel() { return model; }
    public IncidentStatus getStatus() { return status; }
    public void setStatus(IncidentStatus status) { this.status = status; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
}
