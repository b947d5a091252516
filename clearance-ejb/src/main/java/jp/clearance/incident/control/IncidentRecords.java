package jp.clearance.incident.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentEventKind;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Access to incidents by scope (the Cabinet Office sees all, other organs their own; anything else is "not found")
 * and the timeline writer, shared by the incident boundaries.
 */
@Dependent
public class IncidentRecords {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    /** @throws NotFoundException when the incident does not exist or is outside the caller's scope */
    public Incident inScope(long id) {
        Incident i = em.createQuery("select i from Incident i join fetch i.organ where i.id = :id", Incident.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        Long scope = caller.scopeOrganizationId();
        if (i == null || scope != null && !scope.equals(i.getOrgan().getId())) {
            throw new NotFoundException("Incident", id);
        }
        return i;
    }

    /** Appends a line to the incident's timeline, by the caller, now. */
    public IncidentEvent event(long incidentId, IncidentEventKind kind, String note) {
        IncidentEvent e = new IncidentEvent(incidentId, kind, clock.now(), caller.name(), note);
        em.persist(e);
        return e;
    }
}
