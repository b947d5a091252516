package jp.clearance.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import jp.clearance.notification.entity.Notification;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/** The caller's notifications: addressed to them, or to one of their roles in their organization. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
        Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
public class Notifications {
    private static final String MINE = " from Notification n where (n.username = :user"
            + " or (n.organizationId = :org and n.role in :roles))";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    public Page<Notification> mine(boolean unreadOnly, PageRequest page) {
        String where = MINE + (unreadOnly ? " and n.readAt is null" : "");
        TypedQuery<Notification> q = bind(em.createQuery("select n" + where + " order by n.id desc", Notification.class));
        TypedQuery<Long> count = bind(em.createQuery("select count(n)" + where, Long.class));
        return new Page<>(q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public long unreadCount() {
        return bind(em.createQuery("select count(n)" + MINE + " and n.readAt is null", Long.class)).getSingleResult();
    }

    public void markRead(long id) {
        List<Notification> found = bind(em.createQuery("select n" + MINE + " and n.id = :id", Notification.class))
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Notification", id);
        }
        found.get(0).markRead(caller.name(), clock.now());
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        Long org = caller.organizationId();
        List<String> roles = Roles.ALL.stream().filter(caller::hasRole).toList();
        return q.setParameter("user", caller.name()).setParameter("org", org == null ? -1L : org)
                .setParameter("roles", roles.isEmpty() ? List.of("-") : roles);
    }
}
