package jp.clearance.grievance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.control.ReceiptThrottle;
import jp.clearance.grievance.control.Targets;
import jp.clearance.grievance.control.TransferAlerts;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.TransferRecord;
import jp.clearance.vetting.entity.TransferStatus;

/**
 * The daily watch (05:30 Japan time, and on demand by an administrator): reminds the desks of acknowledgement and
 * decision targets GRIEVANCE_REMINDER_DAYS ahead (once each), checks recorded transfer records not yet alerted,
 * closes the watch of records past their watch period, and forgets wrong receipt codes past the lock period.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class GrievanceWatch {
    public static final String NOTIFY_ACK_DUE = "notification.grievance.ackDue";
    public static final String NOTIFY_DECISION_DUE = "notification.grievance.decisionDue";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Targets targets;

    @Inject
    Notifier notifier;

    @Inject
    TransferAlerts alerts;

    @Inject
    ReceiptThrottle throttle;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @PermitAll
    @Schedule(hour = "5", minute = "30", timezone = "Asia/Tokyo", persistent = false)
    void daily() {
        run(Caller.SYSTEM);
    }

    /** Runs the watch now (operations, and tests with a shifted clock). */
    @RolesAllowed(Roles.ADMIN)
    public WatchResult runNow() {
        return run(caller.name());
    }

    private WatchResult run(String actor) {
        LocalDate today = clock.today();
        LocalDate limit = today.plusDays(targets.parameter(Targets.REMINDER_DAYS, today).getValueNum());
        List<Grievance> ack = em.createQuery("select g from Grievance g where g.status = :lodged"
                        + " and g.ackReminded = false and g.ackDue <= :limit", Grievance.class)
                .setParameter("lodged", GrievanceStatus.LODGED).setParameter("limit", limit).getResultList();
        for (Grievance g : ack) {
            g.setAckReminded(true);
            notifier.toRole(g.getDesk().getId(), Roles.GRIEVANCE_OFFICER, NOTIFY_ACK_DUE, "Grievance", g.getId(),
                    g.getId(), g.getAckDue());
        }
        List<Grievance> decision = em.createQuery("select g from Grievance g where g.status in :open"
                        + " and g.decisionReminded = false and g.decisionDue <= :limit", Grievance.class)
                .setParameter("open", GrievanceStatus.open()).setParameter("limit", limit).getResultList();
        for (Grievance g : decision) {
            g.setDecisionReminded(true);
            notifier.toRole(g.getDesk().getId(), Roles.GRIEVANCE_OFFICER, NOTIFY_DECISION_DUE, "Grievance", g.getId(),
                    g.getId(), g.getDecisionDue());
        }
        int raised = 0;
        for (TransferRecord t : em.createQuery("select t from TransferRecord t where t.status = :recorded"
                        + " and t.alertRaisedAt is null", TransferRecord.class)
                .setParameter("recorded", TransferStatus.RECORDED).getResultList()) {
            if (alerts.check(t, actor) != null) {
                raised++;
            }
        }
        List<TransferRecord> expired = em.createQuery("select t from TransferRecord t where t.status in :watched"
                        + " and t.watchUntil < :today", TransferRecord.class)
                .setParameter("watched", List.of(TransferStatus.OPEN, TransferStatus.RECORDED))
                .setParameter("today", today).getResultList();
        for (TransferRecord t : expired) {
            audit.record(actor, AuditAction.TRANSITION, "TransferRecord", t.getId(), "status: " + t.getStatus()
                    + " -> " + TransferStatus.CLOSED + "; watch period ended " + t.getWatchUntil());
            t.setStatus(TransferStatus.CLOSED);
            t.stamp(actor, clock.now());
        }
        int pruned = throttle.prune();
        return new WatchResult(ack.size(), decision.size(), raised, expired.size(), pruned);
    }
}
