package jp.clearance.web.vetting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.vetting.boundary.EvaluationRow;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.boundary.ImportReport;
import jp.clearance.vetting.boundary.QueueFilter;
import jp.clearance.vetting.control.NominationCsv;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;

/** /vetting/queue.xhtml: the work queue of the caller's role (ages, overdue markers), and an officer's nomination list. */
@Named("vettingQueueBacking")
@ViewScoped
public class QueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    Ui ui;

    private EvaluationState state;
    private boolean overdueOnly;
    private boolean mine;
    private String csv;
    private List<NominationCsv.Error> importErrors = List.of();
    private PageModel<EvaluationRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> evaluations.queue(new QueueFilter(null, state, overdueOnly, mine), page),
                EvaluationRow::id);
    }

    public void importList() {
        ImportReport report = ui.attempt(() -> evaluations.importNominations(csv), null);
        if (report == null) {
            return;
        }
        importErrors = report.errors();
        if (report.ok()) {
            ui.info("vetting_queue.imported", report.created().size());
            csv = null;
        } else {
            ui.error("vetting_queue.importFailed", report.errors().size());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String errorText(NominationCsv.Error e) {
        return ui.text("error." + e.key(), e.args().toArray());
    }

    public EvaluationState[] getStates() {
        return EvaluationState.values();
    }

    public PageModel<EvaluationRow> getModel() { return model; }
    public EvaluationState getState() { return state; }
    public void setState(EvaluationState state) { this.state = state; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public String getCsv() { return csv; }
    public void setCsv(String csv) { this.csv = csv; }
    public List<NominationCsv.Error> getImportErrors() { return importErrors; }
}
