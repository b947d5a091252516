package jp.clearance.web.grievance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.grievance.boundary.TransferFilter;
import jp.clearance.grievance.boundary.TransferRow;
import jp.clearance.grievance.boundary.TransferWatch;
import jp.clearance.vetting.entity.TransferStatus;
import jp.clearance.web.platform.PageModel;

/** /grievance/transfers.xhtml: transfer records (the employer's own; all for the desk), alerts first to filter. */
@Named
@ViewScoped
public class TransfersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransferWatch watch;

    private TransferStatus status;
    private boolean alertedOnly;
    private PageModel<TransferRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> watch.search(new TransferFilter(null, status, alertedOnly), page),
                TransferRow::id);
    }

    public TransferStatus[] getStatuses() { return TransferStatus.values(); }
    public PageModel<TransferRow> getModel() { return model; }
    public TransferStatus getStatus() { return status; }
    public void setStatus(TransferStatus status) { this.status = status; }
    public boolean isAlertedOnly() { return alertedOnly; }
    public void setAlertedOnly(boolean alertedOnly) { this.alertedOnly = alertedOnly; }
}
