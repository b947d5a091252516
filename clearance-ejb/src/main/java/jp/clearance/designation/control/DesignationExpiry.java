package jp.clearance.designation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationEvent;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.designation.entity.DesignationStatus;
import jp.clearance.designation.entity.HandlerEntry;
import jp.clearance.designation.entity.RemovalReason;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * The daily look at designation periods: designations whose period ended become EXPIRED (their registers close),
 * and the organ's security officers are warned once per period when its end comes within the lead time
 * (DESIGNATION_EXPIRY_WARNING_DAYS).
 */
@Dependent
public class DesignationExpiry {
    public static final String NOTIFICATION_EXPIRING = "notification.designation.expiring";
    public static final String NOTIFICATION_EXPIRED = "notification.designation.expired";
    private static final List<DesignationStatus> IN_FORCE = List.of(DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED);

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    LegalLimits limits;

    @Inject
    RegisterKeeper keeper;

    @Inject
    AuditRecorder audit;

    @Inject
    Notifier notifier;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    /** Returns how many designations expired. */
    public int expireDue(LocalDate today) {
        List<Designation> due = em.createQuery("select d from Designation d where d.status in :open"
                + " and d.validUntil < :today order by d.id", Designation.class)
                .setParameter("open", IN_FORCE).setParameter("today", today).getResultList();
        for (Designation d : due) {
            String from = d.getStatus().name();
            d.moveTo(DesignationStatus.EXPIRED);
            d.setEndedOn(d.getValidUntil().plusDays(1));
            d.stamp(caller.name(), clock.now());
            em.persist(new DesignationEvent(d.getId(), DesignationEventKind.EXPIRED, clock.now(), caller.name(),
                    d.getEndedOn(), d.getValidUntil(), null, null));
            audit.record(AuditAction.TRANSITION, "Designation", d.getId(), "status: " + from + " -> EXPIRED");
            for (HandlerEntry h : em.createQuery("select h from HandlerEntry h join fetch h.person"
                    + " where h.designation.id = :d and h.active = :active", HandlerEntry.class).setParameter("active", Boolean.TRUE)
                    .setParameter("d", d.getId()).getResultList()) {
                keeper.remove(h, d.getEndedOn(), RemovalReason.DESIGNATION_ENDED, null);
            }
            notifier.toRole(d.getOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, NOTIFICATION_EXPIRED, "Designation",
                    d.getId(), d.getReferenceNumber(), d.getValidUntil());
        }
        return due.size();
    }

    /** Warns of designations ending within the lead time, once per end date; returns how many warnings were sent. */
    public int warn(LocalDate today) {
        List<Designation> soon = em.createQuery("select d from Designation d where d.status in :open"
                        + " and d.validUntil >= :today and d.validUntil <= :until"
                        + " and (d.expiryWarnedFor is null or d.expiryWarnedFor <> d.validUntil) order by d.id",
                Designation.class).setParameter("open", IN_FORCE).setParameter("today", today)
                .setParameter("until", today.plusDays(limits.warningDays(today))).getResultList();
        for (Designation d : soon) {
            d.setExpiryWarnedFor(d.getValidUntil());
            notifier.toRole(d.getOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, NOTIFICATION_EXPIRING, "Designation",
                    d.getId(), d.getReferenceNumber(), d.getValidUntil());
        }
        return soon.size();
    }
}
