package jp.clearance.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;

/**
 * Who is calling: the user name, their organization and whether that organization is central (the Cabinet
 * Office), which decides whether officers see beyond their own organization. Loaded once per request.
 */
@RequestScoped
public class Caller {
    public static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    private boolean loaded;
    private Long organizationId;
    private boolean central;

    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? SYSTEM : principal.getName();
    }

    public boolean isAuthenticated() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The organization of the caller's account, or {@code null} for the system. */
    public Long organizationId() {
        load();
        return organizationId;
    }

    /** Whether the caller's organization is central (sees all organizations). */
    public boolean isCentral() {
        load();
        return central;
    }

    /** The organization filter to apply to an officer's lists: {@code null} means all organizations. */
    public Long scopeOrganizationId() {
        if (hasRole(Roles.ADMIN) || hasRole(Roles.AUDITOR) || isCentral()) {
            return null;
        }
        Long own = organizationId();
        return own == null ? Long.valueOf(-1) : own;
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!isAuthenticated()) {
            return;
        }
        List<Object[]> rows = em.createQuery(
                        "select a.organization.id, a.organization.central from UserAccount a where a.username = :u",
                        Object[].class)
                .setParameter("u", name())
                .getResultList();
        if (!rows.isEmpty()) {
            organizationId = (Long) rows.get(0)[0];
            central = Boolean.TRUE.equals(rows.get(0)[1]);
        }
    }
}
