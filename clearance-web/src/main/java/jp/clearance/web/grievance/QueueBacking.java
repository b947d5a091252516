package jp.clearance.web.grievance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.grievance.boundary.GrievanceFilter;
import jp.clearance.grievance.boundary.GrievanceRow;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.grievance.boundary.OrganizationOption;
import jp.clearance.grievance.control.Deadlines;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;

/**
 * /grievance/queue.xhtml: the desks' queues with clocks and overdue markers, filtered (desk, status, type, channel)
 * and paged in the database.
 */
@Named("grievanceQueueBacking")
@ViewScoped
public class QueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Grievances grievances;

    @Inject
    Ui ui;

    private Long deskId;
    private List<OrganizationOption> desks = List.of();
    private GrievanceStatus status;
    private GrievanceType type;
    private Channel channel;
    private boolean openOnly = true;
    private boolean overdueOnly;
    private PageModel<GrievanceRow> model;

    @PostConstruct
    void init() {
        List<OrganizationOption> found = ui.attempt(() -> grievances.desks(), null);
        desks = found == null ? List.of() : found;
        model = new PageModel<>(page -> grievances.queue(new GrievanceFilter(deskId, status, openOnly, type, channel,
                null, overdueOnly), page), GrievanceRow::id);
    }

    public void reset() {
        deskId = null;
        status = null;
        type = null;
        channel = null;
        openOnly = true;
        overdueOnly = false;
    }

    /** "3 days to acknowledge" or "Decision 2 days overdue". */
    public String clockText(Deadlines.Clock clock) {
        if (clock == null) {
            return "";
        }
        return clock.overdue() ? ui.text("grievance.clock.overdue." + clock.target(), -clock.daysLeft())
                : ui.text("grievance.clock." + clock.target(), clock.daysLeft());
    }

    public List<OrganizationOption> getDesks() { return desks; }
    public Long getDeskId() { return deskId; }
    public void setDeskId(Long deskId) { this.deskId = deskId; }
    public GrievanceStatus[] getStatuses() { return GrievanceStatus.values(); }
    public GrievanceType[] getTypes() { return GrievanceType.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public PageModel<GrievanceRow> getModel() { return model; }
    public GrievanceStatus getStatus() { return status; }
    public void setStatus(GrievanceStatus status) { this.status = status; }
    public GrievanceType getType() { return type; }
    public void setType(GrievanceType type) { this.type = type; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
}
