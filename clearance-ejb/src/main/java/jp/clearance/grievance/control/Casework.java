package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceEntry;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.notification.control.Notifier;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * The work on a complaint shared by the named, anonymous and desk paths: lodging (desk routing, targets), status
 * transitions, timeline entries, with their audit entries and notifications. The boundaries decide who may do it;
 * the actor is passed in, so the anonymous path records "anonymous" and nothing else.
 */
@Dependent
public class Casework {
    public static final String NOTIFY_LODGED = "notification.grievance.lodged";
    public static final String NOTIFY_MESSAGE = "notification.grievance.message";
    public static final String NOTIFY_STATUS = "notification.grievance.status";
    public static final String NOTIFY_REPLY = "notification.grievance.reply";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Notifier notifier;

    @Inject
    Targets targets;

    @Inject
    ApplicationClock clock;

    /**
     * Routes, dates and saves a new complaint: an evaluation complaint goes to the organ that evaluated, unfair
     * treatment to the central (Cabinet Office) desk. The caller has set channel, complainant and receipt.
     */
    public Grievance lodge(Grievance g, long employerId, Long organId, String actor) {
        LocalDateTime now = clock.now();
        GrievanceRules.occurredOn(g.getOccurredOn(), now.toLocalDate());
        g.setEmployer(activeOrganization(employerId));
        if (g.getType().isAboutEvaluation()) {
            if (organId == null) {
                throw new BusinessException("grievance.organRequired");
            }
            Organization organ = activeOrganization(organId);
            if (organ.getKind() != OrganizationKind.ORGAN) {
                throw new BusinessException("grievance.organNotAnOrgan", organ.getCode());
            }
            g.setDesk(organ);
        } else {
            g.setDesk(centralDesk());
        }
        LocalDate today = now.toLocalDate();
        g.lodge(now, targets.parameter(Targets.ACK_DAYS, today).addTo(today),
                targets.parameter(Targets.DECISION_MONTHS, today).addTo(today));
        g.stamp(actor, now);
        em.persist(g);
        em.flush();
        audit.record(actor, AuditAction.CREATE, "Grievance", g.getId(), ChangeLog.create()
                .set("channel", g.getChannel()).set("type", g.getType()).set("ground", g.getGround())
                .set("employer", g.getEmployer().getCode()).set("desk", g.getDesk().getCode())
                .set("related", g.getRelatedId()).set("transferRecord", g.getTransferRecordId()).toString());
        em.persist(new GrievanceEntry(g.getId(), EntryKind.STATUS, actor, GrievanceStatus.LODGED, null, now));
        notifier.toRole(g.getDesk().getId(), Roles.GRIEVANCE_OFFICER, NOTIFY_LODGED, "Grievance", g.getId(), g.getId());
        return g;
    }

    /** Checks the transition against the state machine, applies it, records it on the timeline and in the audit. */
    public void transition(Grievance g, GrievanceStatus target, String actor, String detail) {
        if (!g.getStatus().canBecome(target)) {
            throw new BusinessException("grievance.transitionRefused", g.getStatus(), target);
        }
        GrievanceStatus from = g.getStatus();
        LocalDateTime now = clock.now();
        g.moveTo(target, now);
        g.stamp(actor, now);
        em.persist(new GrievanceEntry(g.getId(), EntryKind.STATUS, actor, target, null, now));
        audit.record(actor, AuditAction.TRANSITION, "Grievance", g.getId(),
                ChangeLog.create().diff("status", from, target).toString() + (detail == null ? "" : "; " + detail));
        if (g.getComplainantUsername() != null) {
            notifier.toUser(g.getComplainantUsername(), NOTIFY_STATUS, "Grievance", g.getId(), g.getId());
        }
    }

    /** Adds an entry to the timeline; messages notify the other side. Texts are not copied into the audit trail. */
    public GrievanceEntry addEntry(Grievance g, EntryKind kind, String actor, String text) {
        if (!g.getStatus().isOpen() && kind != EntryKind.NOTE) {
            throw new BusinessException("grievance.closed", g.getStatus());
        }
        String body = GrievanceRules.text(text, GrievanceEntry.BODY_LENGTH);
        GrievanceEntry e = new GrievanceEntry(g.getId(), kind, actor, null, body, clock.now());
        em.persist(e);
        em.flush();
        audit.record(actor, AuditAction.CREATE, "GrievanceEntry", e.getId(),
                ChangeLog.create().set("grievance", g.getId()).set("kind", kind).toString());
        if (kind == EntryKind.MESSAGE_TO_COMPLAINANT && g.getComplainantUsername() != null) {
            notifier.toUser(g.getComplainantUsername(), NOTIFY_MESSAGE, "Grievance", g.getId(), g.getId());
        }
        if (kind == EntryKind.MESSAGE_FROM_COMPLAINANT) {
            notifier.toRole(g.getDesk().getId(), Roles.GRIEVANCE_OFFICER, NOTIFY_REPLY, "Grievance", g.getId(),
                    g.getId());
        }
        return e;
    }

    public List<GrievanceEntry> entries(long grievanceId, boolean visibleOnly) {
        return em.createQuery("select e from GrievanceEntry e where e.grievanceId = :g"
                        + (visibleOnly ? " and e.visible = true" : "") + " order by e.id", GrievanceEntry.class)
                .setParameter("g", grievanceId).getResultList();
    }

    /** The Cabinet Office desk: the first active central organization. */
    public Organization centralDesk() {
        return em.createQuery("select o from Organization o where o.central = true and o.active = true order by o.code",
                        Organization.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("grievance.noCentralDesk"));
    }

    private Organization activeOrganization(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw new NotFoundException("Organization", id);
        }
        if (!o.isActive()) {
            throw new BusinessException("organization.inactive", o.getCode());
        }
        return o;
    }
}
