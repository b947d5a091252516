package jp.clearance.web.grievance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.grievance.boundary.TransferMove;
import jp.clearance.grievance.boundary.TransferWatch;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.organization.entity.Section;
import jp.clearance.vetting.entity.TransferRecord;
import jp.clearance.web.platform.Ui;

/**
 * /grievance/transfer.xhtml: the employer's security officer records the move (grade, pay, dismissal); the grievance
 * desk sees the alert and opens a case on its own initiative.
 */
@Named
@ViewScoped
public class TransferBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransferWatch watch;

    @Inject
    Grievances grievances;

    @Inject
    Ui ui;

    private Long id;
    private TransferRecord record;
    private List<Section> sections = List.of();
    private Long caseId;
    private String previousGrade;
    private Long previousMonthlyPay;
    private Long newSectionId;
    private String newGrade;
    private Long newMonthlyPay;
    private boolean dismissed;
    private LocalDate movedOn;
    private String note;
    private String caseDescription;

    public void load() {
        if (record == null && id != null) {
            reload();
        }
    }

    private void reload() {
        record = ui.attempt(() -> watch.find(id), null);
        if (record == null) {
            return;
        }
        sections = watch.sections(id);
        caseId = grievances.caseOf(id);
        previousGrade = record.getPreviousGrade();
        previousMonthlyPay = record.getPreviousMonthlyPay();
        newSectionId = record.getNewSection() == null ? null : record.getNewSection().getId();
        newGrade = record.getNewGrade();
        newMonthlyPay = record.getNewMonthlyPay();
        dismissed = record.isDismissed();
        movedOn = record.getMovedOn();
        note = record.getEmployerNote();
    }

    public void save() {
        TransferRecord saved = ui.attempt(() -> watch.record(id, record.getVersion(), new TransferMove(previousGrade,
                previousMonthlyPay, newSectionId, newGrade, newMonthlyPay, dismissed, movedOn, note)),
                "grievance_transfer.recorded");
        if (saved != null) {
            record = null;
            reload();
        }
    }

    public String openCase() {
        Grievance g = ui.attempt(() -> grievances.openFromAlert(id, caseDescription), "common.saved");
        if (g == null) {
            return null;
        }
        ui.keepMessages();
        return "/grievance/case?faces-redirect=true&id=" + g.getId();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TransferRecord getRecord() { return record; }
    public List<Section> getSections() { return sections; }
    public Long getCaseId() { return caseId; }
    public String getPreviousGrade() { return previousGrade; }
    public void setPreviousGrade(String previousGrade) { this.previousGrade = previousGrade; }
    public Long getPreviousMonthlyPay() { return previousMonthlyPay; }
    public void setPreviousMonthlyPay(Long previousMonthlyPay) { this.previousMonthlyPay = previousMonthlyPay; }
    public Long getNewSectionId() { return newSectionId; }
    public void setNewSectionId(Long newSectionId) { this.newSectionId = newSectionId; }
    public String getNewGrade() { return newGrade; }
    public void setNewGrade(String newGrade) { this.newGrade = newGrade; }
    public Long getNewMonthlyPay() { return newMonthlyPay; }
    public void setNewMonthlyPay(Long newMonthlyPay) { this.newMonthlyPay = newMonthlyPay; }
    public boolean isDismissed() { return dismissed; }
    public void setDismissed(boolean dismissed) { this.dismissed = dismissed; }
    public LocalDate getMovedOn() { return movedOn; }
    public void setMovedOn(LocalDate movedOn) { this.movedOn = movedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCaseDescription() { return caseDescription; }
    public void setCaseDescription(String caseDescription) { this.caseDescription = caseDescription; }
}
