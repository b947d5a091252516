package jp.clearance.vetting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.control.EligibilityChanges;
import jp.clearance.vetting.control.EligibilityPeriods;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilitySource;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * Eligibility records (a person's clearance per level). Administrators enter external records (clearances granted
 * before the system); administrators and the adjudicators of the deciding organ suspend, reinstate or revoke records;
 * officers list those of their organization. The vetting module creates records from favourable evaluations and calls
 * the same status changes. Every status change fires one
 * {@link jp.clearance.vetting.entity.EligibilityChanged} event; a daily job expires records past their end.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Eligibilities {
    private static final Logger LOG = Logger.getLogger(Eligibilities.class.getName());

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    EligibilityPeriods periods;

    @Inject
    EligibilityChanges lifecycle;

    /**
     * Enters an external record. Without {@code validUntil}, the end is computed from the reference data
     * ({@link EligibilityPeriods}: the validity of the level's Act) from the notification date; a given end may not be
     * later ({@code eligibility.validityTooLong}). The same decision (person, organ, level, notification day) is
     * entered once ({@code eligibility.duplicate}).
     */
    public Eligibility recordExternal(long personId, @NotBlank String levelCode, long organId, String externalReference,
                                      @NotNull LocalDate notifiedOn, LocalDate validUntil) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        Organization organ = em.find(Organization.class, organId);
        if (organ == null || organ.getKind() != OrganizationKind.ORGAN) {
            throw new BusinessException("eligibility.organRequired");
        }
        if (notifiedOn.isAfter(clock.today())) {
            throw new BusinessException("eligibility.notifiedInFuture", notifiedOn);
        }
        periods.level(levelCode, notifiedOn);
        LocalDate until = validUntil != null ? validUntil : periods.validUntil(levelCode, notifiedOn);
        if (until.isBefore(notifiedOn)) {
            throw new BusinessException("eligibility.periodInvalid", notifiedOn, until);
        }
        periods.requireWithinAct(levelCode, notifiedOn, until);
        // The same decision entered twice (unique constraint eligibility_record_uk, V68, gives the same answer).
        if (!em.createQuery("select e.id from Eligibility e where e.person.id = :p and e.organ.id = :o"
                        + " and e.levelCode = :l and e.notifiedOn = :n and e.evaluationId is null", Long.class)
                .setParameter("p", personId).setParameter("o", organId).setParameter("l", levelCode)
                .setParameter("n", notifiedOn).setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("eligibility.duplicate", organ.getNameJa(), organ.getNameEn(), levelCode,
                    notifiedOn.toString());
        }
        Eligibility e = new Eligibility(person, levelCode, organ, EligibilitySource.EXTERNAL, notifiedOn, until);
        e.setExternalReference(externalReference == null || externalReference.isBlank() ? null : externalReference.trim());
        e.stamp(caller.name(), clock.now());
        em.persist(e);
        em.flush();
        audit.record(AuditAction.CREATE, "Eligibility", e.getId(), ChangeLog.create().set("person", personId)
                .set("level", levelCode).set("organ", organ.getCode()).set("source", EligibilitySource.EXTERNAL)
                .set("notifiedOn", notifiedOn).set("validUntil", until).toString());
        return e;
    }

    /**
     * The records within the caller's reach, paged and filtered in the database: administrators and the central
     * organization see all; an officer the records of their organization's people and of their organ; an adjudicator
     * (without the officer role) the records of their own organ, the ones they may suspend, reinstate or revoke.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.ADJUDICATOR})
    public Page<EligibilityRow> search(@NotNull EligibilityFilter filter, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.personId() != null) {
            where.add("e.person.id = :person");
            params.put("person", filter.personId());
        }
        if (filter.organId() != null) {
            where.add("e.organ.id = :organ");
            params.put("organ", filter.organId());
        }
        if (filter.status() != null) {
            where.add("e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.expiringBy() != null) {
            where.add("e.status = :valid and e.validUntil <= :by");
            params.put("valid", EligibilityStatus.VALID);
            params.put("by", filter.expiringBy());
        }
        Long scope = caller.hasRole(Roles.ADMIN) ? null : caller.scopeOrganizationId();
        if (scope != null && !caller.hasRole(Roles.AGENCY_SECURITY_OFFICER)) {
            where.add("e.organ.id = :scope");
            params.put("scope", scope);
        } else if (scope != null) {
            where.add("(p.employer.id = :scope or e.organ.id = :scope)");
            params.put("scope", scope);
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<EligibilityRow> query = em.createQuery("select new jp.clearance.vetting.boundary.EligibilityRow("
                + "e.id, e.version, p.id, p.familyName, p.givenName, p.familyNameKana, p.givenNameKana, w.nameJa,"
                + " w.nameEn, e.levelCode, o.code, e.source, e.externalReference, e.notifiedOn, e.validUntil,"
                + " e.status, e.statusReason, e.statusChangedOn, o.id, o.nameJa, o.nameEn) from Eligibility e join e.person p join p.employer w"
                + " join e.organ o" + clause + " order by e.validUntil, e.id", EligibilityRow.class);
        TypedQuery<Long> ids = em.createQuery("select e.id from Eligibility e join e.person p" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        return Counting.page(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                Counting.capped(ids));
    }

    /**
     * A record within the caller's reach: administrators and the central organization see all; others the records of
     * their own organ (officers also those of their organization's people).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR})
    public Eligibility find(long id) {
        Eligibility e = load(id);
        if (!unscoped() && !e.getOrgan().getId().equals(caller.organizationId())
                && !(caller.hasRole(Roles.AGENCY_SECURITY_OFFICER)
                && e.getPerson().getEmployer().getId().equals(caller.organizationId()))) {
            throw new NotFoundException("Eligibility", id);
        }
        return e;
    }

    @RolesAllowed({Roles.ADMIN, Roles.ADJUDICATOR})
    public Eligibility suspend(long eligibilityId, @NotBlank String reason) {
        return suspend(eligibilityId, null, reason);
    }

    /** Suspends a valid record (e.g. during a leak investigation); refused if it changed since {@code version}. */
    @RolesAllowed({Roles.ADMIN, Roles.ADJUDICATOR})
    public Eligibility suspend(long eligibilityId, Long version, @NotBlank String reason) {
        return lifecycle.change(ofOwnOrgan(eligibilityId, version), EligibilityStatus.SUSPENDED, reason.trim());
    }

    @RolesAllowed({Roles.ADMIN, Roles.ADJUDICATOR})
    public Eligibility reinstate(long id, @NotBlank String reason) {
        return reinstate(id, null, reason);
    }

    /** Reinstates a suspended record still within its period; refused if it changed since {@code version}. */
    @RolesAllowed({Roles.ADMIN, Roles.ADJUDICATOR})
    public Eligibility reinstate(long id, Long version, @NotBlank String reason) {
        Eligibility e = ofOwnOrgan(id, version);
        if (e.getValidUntil().isBefore(clock.today())) {
            throw new BusinessException("eligibility.pastEnd", e.getValidUntil());
        }
        return lifecycle.change(e, EligibilityStatus.VALID, reason.trim());
    }

    @RolesAllowed({Roles.ADMIN, Roles.ADJUDICATOR})
    public Eligibility revoke(long id, @NotBlank String reason) {
        return revoke(id, null, reason);
    }

    /** Revokes a record for good, with the reasons; refused if it changed since {@code version}. */
    @RolesAllowed({Roles.ADMIN, Roles.ADJUDICATOR})
    public Eligibility revoke(long id, Long version, @NotBlank String reason) {
        return lifecycle.change(ofOwnOrgan(id, version), EligibilityStatus.REVOKED, reason.trim());
    }

    /**
     * Whether the caller may suspend, reinstate or revoke the records decided by this organ (the rule of those three
     * methods): administrators and the central organization's adjudicators every record, other adjudicators their own
     * organ's. The portal shows the actions by it; the methods check again.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.ADJUDICATOR})
    public boolean mayChange(long organId) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        return caller.hasRole(Roles.ADJUDICATOR) && (caller.isCentral()
                || Long.valueOf(organId).equals(caller.organizationId()));
    }

    private Eligibility load(long id) {
        Eligibility e = em.find(Eligibility.class, id);
        if (e == null) {
            throw new NotFoundException("Eligibility", id);
        }
        return e;
    }

    /**
     * Administrators and the central organization act on every record; an adjudicator on their own organ's only. With a
     * version (the one the caller saw), a record changed since by someone else is refused.
     */
    private Eligibility ofOwnOrgan(long id, Long version) {
        Eligibility e = load(id);
        if (!mayChange(e.getOrgan().getId())) {
            throw new BusinessException("eligibility.otherOrgan");
        }
        if (version != null && e.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        return e;
    }

    private boolean unscoped() {
        return caller.hasRole(Roles.ADMIN) || caller.isCentral();
    }

    /** Daily, shortly after midnight (Japan time): records past their end become EXPIRED. */
    @Schedule(hour = "0", minute = "15", timezone = "Asia/Tokyo", persistent = false)
    @PermitAll
    void expireDaily() {
        int n = lifecycle.expireDue(clock.today());
        LOG.info(() -> "Eligibility expiry: " + n + " record(s) expired");
    }
}
