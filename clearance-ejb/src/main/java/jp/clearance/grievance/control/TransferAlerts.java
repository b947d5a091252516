package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.TransferRecord;

/**
 * Raises the alert of a transfer record for the Cabinet Office grievance desk when what the employer recorded
 * within the watch period is a dismissal, a lower grade or lower pay ({@link RetaliationCheck}). Once per record.
 */
@Dependent
public class TransferAlerts {
    public static final String NOTIFY_ALERT = "notification.transfer.alert.";

    @Inject
    AuditRecorder audit;

    @Inject
    Notifier notifier;

    @Inject
    Casework casework;

    @Inject
    ApplicationClock clock;

    /** Checks the record; returns the alert reason if an alert was raised now. */
    public String check(TransferRecord t, String actor) {
        if (t.getAlertRaisedAt() != null) {
            return null;
        }
        LocalDate when = t.getMovedOn() != null ? t.getMovedOn() : clock.today();
        if (when.isAfter(t.getWatchUntil())) {
            return null;
        }
        String reason = RetaliationCheck.alertReason(t.isDismissed(), t.getPreviousGrade(), t.getNewGrade(),
                t.getPreviousMonthlyPay(), t.getNewMonthlyPay());
        if (reason == null) {
            return null;
        }
        t.raiseAlert(reason, clock.now());
        audit.record(actor, AuditAction.UPDATE, "TransferRecord", t.getId(), "alert=" + reason);
        notifier.toRole(casework.centralDesk().getId(), Roles.GRIEVANCE_OFFICER, NOTIFY_ALERT + reason,
                "TransferRecord", t.getId(), t.getId());
        return reason;
    }
}
