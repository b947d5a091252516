package jp.clearance.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.clearance.audit.boundary.AuditRow;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.audit.entity.AuditEntry;

/**
 * Reads audit entries as people read them: each with who its actor is (the name of the person their account belongs
 * to and the account's roles), fetched for all the actors of a list in one query. Used by the auditor's trail and by
 * the history of a case (its creation and transitions). The callers decide who may read what.
 */
@Dependent
public class AuditReader {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    /** The entries of one record with the given actions, oldest first (the index on entity type and id). */
    public List<AuditRow> of(String entityType, Object entityId, Set<AuditAction> actions) {
        return rows(em.createQuery("select e from AuditEntry e where e.entityType = :t and e.entityId = :id"
                        + " and e.action in :a order by e.id", AuditEntry.class)
                .setParameter("t", entityType).setParameter("id", String.valueOf(entityId))
                .setParameter("a", actions).getResultList());
    }

    /** The entries with their actors' names and roles: one query for all the actors (no query per row). */
    public List<AuditRow> rows(List<AuditEntry> entries) {
        Set<String> actors = new HashSet<>();
        entries.forEach(e -> actors.add(e.getActor()));
        Map<String, String[]> names = new HashMap<>();
        Map<String, List<String>> roles = new HashMap<>();
        if (!actors.isEmpty()) {
            for (Object[] a : em.createQuery("select a.username, p.familyName, p.givenName, p.latinName, r"
                            + " from UserAccount a left join a.person p left join a.roles r where a.username in :u",
                    Object[].class).setParameter("u", (Collection<String>) actors).getResultList()) {
                String username = (String) a[0];
                names.putIfAbsent(username, new String[] {a[1] == null ? null : a[1] + " " + a[2], (String) a[3]});
                List<String> own = roles.computeIfAbsent(username, k -> new ArrayList<>());
                if (a[4] != null && !own.contains((String) a[4])) {
                    own.add((String) a[4]);
                }
            }
        }
        List<AuditRow> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            String[] name = names.getOrDefault(e.getActor(), new String[2]);
            rows.add(new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(), name[0], name[1],
                    List.copyOf(roles.getOrDefault(e.getActor(), List.of())), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getDetail(), e.getPrevHash(), e.getHash()));
        }
        return rows;
    }
}
