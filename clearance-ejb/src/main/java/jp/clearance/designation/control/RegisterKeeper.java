package jp.clearance.designation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationEvent;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.designation.entity.HandlerEntry;
import jp.clearance.designation.entity.RemovalReason;
import jp.clearance.notification.control.Notifier;
import jp.clearance.person.entity.PersonChanged;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.EligibilityChanged;
import jp.clearance.vetting.entity.EvaluationChanged;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * Keeps the handler registers true to the access rule: when a person's eligibility changes (event) or in the daily
 * check, everyone on a register who no longer qualifies is taken off it, the history and the audit trail record
 * why, and the security officers of the designating organ are notified in the portal.
 */
@Dependent
public class RegisterKeeper {
    public static final String NOTIFICATION_REMOVED = "notification.designation.handlerRemoved";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    HandlerRule rule;

    @Inject
    AuditRecorder audit;

    @Inject
    Notifier notifier;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    /** A status change of an eligibility record: the person's registers are checked at once. */
    public void onEligibilityChanged(@Observes EligibilityChanged change) {
        reviewPerson(change.personId(), clock.today());
    }

    /**
     * An evaluation ended unfavourably, was withdrawn or refused, or a re-evaluation was opened: a governing organ's
     * later adverse act may override the person's clearance ({@link HandlerRule}), so their registers are checked at
     * once, in the same transaction.
     */
    public void onEvaluationChanged(@Observes EvaluationChanged change) {
        if (change.state() == EvaluationState.UNFAVOURABLE || change.state() == EvaluationState.WITHDRAWN
                || change.state() == EvaluationState.REFUSED || change.state() == EvaluationState.NOMINATED) {
            em.flush();
            reviewPerson(change.personId(), clock.today());
        }
    }

    /** A person moved employer or section, or was deactivated: their registers are checked at once. */
    public void onPersonChanged(@Observes PersonChanged change) {
        reviewPerson(change.personId(), clock.today());
    }

    /** Checks every register line of one person; returns how many were removed. */
    public int reviewPerson(long personId, LocalDate on) {
        return review(em.createQuery("select h from HandlerEntry h join fetch h.designation join fetch h.person"
                        + " where h.person.id = :p and h.active = :active", HandlerEntry.class).setParameter("active", Boolean.TRUE)
                .setParameter("p", personId).getResultList(), on);
    }

    /** Checks the register lines of everyone employed by an organization (e.g. after its certification changed). */
    public int reviewEmployer(long organizationId, LocalDate on) {
        return review(em.createQuery("select h from HandlerEntry h join fetch h.designation join fetch h.person"
                        + " where h.person.employer.id = :o and h.active = :active", HandlerEntry.class).setParameter("active", Boolean.TRUE)
                .setParameter("o", organizationId).getResultList(), on);
    }

    /** Checks every active register line (the daily check); returns how many were removed. */
    public int reviewAll(LocalDate on) {
        return review(em.createQuery("select h from HandlerEntry h join fetch h.designation join fetch h.person"
                + " where h.active = :active order by h.id", HandlerEntry.class).setParameter("active", Boolean.TRUE).getResultList(), on);
    }

    private int review(List<HandlerEntry> entries, LocalDate on) {
        int removed = 0;
        for (HandlerEntry entry : entries) {
            List<HandlerCondition> failed = rule.failures(entry.getDesignation(), entry.getPerson(), on);
            if (!failed.isEmpty()) {
                String why = failed.stream().map(Enum::name).collect(Collectors.joining(","));
                remove(entry, on, failed.contains(HandlerCondition.DESIGNATION_NOT_IN_FORCE)
                        ? RemovalReason.DESIGNATION_ENDED : RemovalReason.NO_LONGER_ELIGIBLE, why);
                removed++;
            }
        }
        return removed;
    }

    /** Takes one line off its register: history, audit, and a notice to the organ's security officers. */
    public void remove(HandlerEntry entry, LocalDate on, RemovalReason reason, String note) {
        entry.remove(on, reason, note);
        entry.stamp(caller.name(), clock.now());
        Designation d = entry.getDesignation();
        em.persist(new DesignationEvent(d.getId(), DesignationEventKind.HANDLER_REMOVED, clock.now(), caller.name(), on,
                null, null, "person=" + entry.getPerson().getId() + "; reason=" + reason + (note == null ? "" : "; " + note)));
        audit.record(AuditAction.TRANSITION, "HandlerEntry", entry.getId(), "designation=" + d.getId() + "; person="
                + entry.getPerson().getId() + "; ACTIVE -> REMOVED; reason=" + reason + (note == null ? "" : "; " + note));
        if (reason != RemovalReason.MANUAL) {
            notifier.toRole(d.getOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, NOTIFICATION_REMOVED, "Designation",
                    d.getId(), entry.getPerson().fullName(), d.getReferenceNumber(), reason.name());
        }
    }
}
