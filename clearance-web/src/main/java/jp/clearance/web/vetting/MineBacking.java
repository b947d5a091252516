package jp.clearance.web.vetting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.vetting.boundary.CertificateRow;
import jp.clearance.vetting.boundary.Certificates;
import jp.clearance.vetting.boundary.EvaluationView;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.boundary.Result;
import jp.clearance.vetting.entity.CircumstanceKind;
import jp.clearance.web.platform.Ui;

/**
 * /vetting/mine.xhtml: the person's own evaluations (where each stands and what happens next), the notice with consent
 * or refusal, withdrawal, results, certificates, and changes of circumstances.
 */
@Named("vettingMineBacking")
@ViewScoped
public class MineBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    Certificates certificates;

    @Inject
    Ui ui;

    private List<EvaluationView> items = List.of();
    private List<CertificateRow> certificateRows = List.of();
    private int noticeVersion;
    private boolean withholdReasons;
    private Result result;
    private CircumstanceKind changeKind;
    private String changeDescription;

    @PostConstruct
    void init() {
        reload();
        noticeVersion = evaluations.noticeVersion();
    }

    private void reload() {
        items = evaluations.mine();
        certificateRows = certificates.mine();
    }

    public void consent(EvaluationView e) {
        if (ui.run(() -> evaluations.consent(e.id(), e.version(), noticeVersion, withholdReasons), "vetting_mine.consented")) {
            reload();
        }
    }

    public void refuse(EvaluationView e) {
        if (ui.run(() -> evaluations.refuse(e.id(), e.version()), "vetting_mine.refused")) {
            reload();
        }
    }

    public void withdraw(EvaluationView e) {
        if (ui.run(() -> evaluations.withdraw(e.id(), e.version()), "vetting_mine.withdrawn")) {
            reload();
        }
    }

    public void showResult(EvaluationView e) {
        result = ui.attempt(() -> evaluations.result(e.id()), null);
    }

    public void reportChange() {
        if (ui.run(() -> certificates.reportChange(changeKind, changeDescription), "vetting_mine.changeReported")) {
            changeKind = null;
            changeDescription = null;
        }
    }

    public CircumstanceKind[] getChangeKinds() {
        return CircumstanceKind.values();
    }

    public List<EvaluationView> getItems() { return items; }
    public List<CertificateRow> getCertificates() { return certificateRows; }
    public int getNoticeVersion() { return noticeVersion; }
    public boolean isWithholdReasons() { return withholdReasons; }
    public void setWithholdReasons(boolean withholdReasons) { this.withholdReasons = withholdReasons; }
    public Result getResult() { return result; }
    public CircumstanceKind getChangeKind() { return changeKind; }
    public void setChangeKind(CircumstanceKind changeKind) { this.changeKind = changeKind; }
    public String getChangeDescription() { return changeDescription; }
    public void setChangeDescription(String changeDescription) { this.changeDescription = changeDescription; }
}
