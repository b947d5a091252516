package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.entity.CodeAttempt;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Counts wrong receipt codes by locator (the code's first digits; nothing about who tried) and says when a locator
 * is locked. A wrong code is recorded in its own transaction, so it counts although the request is refused.
 */
@Dependent
public class ReceiptThrottle {
    public static final String ANONYMOUS = "anonymous";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Targets targets;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditRecorder audit;

    /** Whether the locator has had the maximum number of wrong codes within the lock period. */
    public boolean locked(String locator) {
        LocalDateTime now = clock.now();
        long max = targets.parameter(Targets.CODE_MAX_FAILURES, now.toLocalDate()).getValueNum();
        long days = targets.parameter(Targets.CODE_LOCK_DAYS, now.toLocalDate()).getValueNum();
        long failures = em.createQuery("select count(a) from CodeAttempt a where a.locator = :l and a.attemptedAt > :since",
                        Long.class).setParameter("l", locator).setParameter("since", now.minusDays(days))
                .getSingleResult();
        return failures >= max;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String locator, boolean alreadyLocked) {
        em.persist(new CodeAttempt(locator, clock.now()));
        audit.record(ANONYMOUS, AuditAction.ACCESS_DENIED, "GrievanceReceipt", null,
                alreadyLocked ? "receipt code locked" : "wrong receipt code");
    }

    /** Forgets wrong codes older than the lock period (the daily job). */
    public int prune() {
        LocalDateTime now = clock.now();
        long days = targets.parameter(Targets.CODE_LOCK_DAYS, now.toLocalDate()).getValueNum();
        return em.createQuery("delete from CodeAttempt a where a.attemptedAt < :before")
                .setParameter("before", now.minusDays(days)).executeUpdate();
    }
}
