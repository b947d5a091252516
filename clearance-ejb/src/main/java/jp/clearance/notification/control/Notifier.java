package jp.clearance.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import jp.clearance.notification.entity.Notification;
import jp.clearance.platform.time.ApplicationClock;

/** Sends portal notifications inside the caller's transaction (none is sent if the change rolls back). */
@Dependent
public class Notifier {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** To every holder of {@code role} in the organization. Arguments must not contain '|'. */
    public Notification toRole(long organizationId, String role, String messageKey, String entityType, Object entityId,
                               Object... args) {
        return save(new Notification(organizationId, role, null, messageKey, join(args), entityType,
                entityId == null ? null : entityId.toString(), clock.now()));
    }

    /** To one user. */
    public Notification toUser(String username, String messageKey, String entityType, Object entityId, Object... args) {
        return save(new Notification(null, null, username, messageKey, join(args), entityType,
                entityId == null ? null : entityId.toString(), clock.now()));
    }

    private Notification save(Notification n) {
        em.persist(n);
        return n;
    }

    private static String join(Object[] args) {
        return Arrays.stream(args).map(a -> a == null ? "" : a.toString().replace('|', '/'))
                .collect(Collectors.joining("|"));
    }
}
