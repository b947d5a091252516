package jp.clearance.vetting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityChanged;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * Status changes of eligibility records, in one place: each is checked against {@link EligibilityLifecycle},
 * stamped, audited, and announced with one {@link EligibilityChanged} event.
 */
@Dependent
public class EligibilityChanges {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    Event<EligibilityChanged> changed;

    public Eligibility change(Eligibility e, EligibilityStatus to, String reason) {
        EligibilityStatus from = e.getStatus();
        EligibilityLifecycle.require(from, to);
        e.changeStatus(to, reason, clock.today());
        e.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Eligibility", e.getId(), from + " -> " + to);
        changed.fire(new EligibilityChanged(e.getId(), e.getPerson().getId(), to));
        return e;
    }

    /** Marks every valid or suspended record whose validity ended before {@code today} as EXPIRED; returns how many. */
    public int expireDue(LocalDate today) {
        List<Eligibility> due = em.createQuery("select e from Eligibility e join fetch e.person where e.status in :open"
                        + " and e.validUntil < :today order by e.id", Eligibility.class)
                .setParameter("open", List.of(EligibilityStatus.VALID, EligibilityStatus.SUSPENDED))
                .setParameter("today", today).getResultList();
        due.forEach(e -> change(e, EligibilityStatus.EXPIRED, null));
        return due.size();
    }
}
