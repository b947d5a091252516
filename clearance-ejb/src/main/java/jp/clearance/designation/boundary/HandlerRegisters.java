package jp.clearance.designation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.control.DesignationAccess;
import jp.clearance.designation.control.HandlerCondition;
import jp.clearance.designation.control.HandlerConflict;
import jp.clearance.designation.control.HandlerRule;
import jp.clearance.designation.control.RegisterKeeper;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationEvent;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.designation.entity.HandlerEntry;
import jp.clearance.designation.entity.RecipientKind;
import jp.clearance.designation.entity.RemovalReason;
import jp.clearance.person.boundary.PersonRow;
import jp.clearance.person.control.NameSearch;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Handler registers (取扱者名簿): the security officers of the designating organ add the people who may handle a
 * designation, when {@link HandlerRule} holds for them today, and take them off. People who stop qualifying are
 * taken off automatically ({@link RegisterKeeper}).
 */
@Stateless
@RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
public class HandlerRegisters {
    /** How many people a candidate search offers. */
    public static final int CANDIDATES = 20;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    DesignationAccess access;

    @Inject
    HandlerRule rule;

    @Inject
    RegisterKeeper keeper;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    /** The register of a designation: current lines first (by name), then removed ones (latest first). */
    public List<HandlerRow> entries(long designationId, boolean includeRemoved) {
        access.inScope(designationId);
        return em.createQuery("select new jp.clearance.designation.boundary.HandlerRow(h.id, h.version, p.id,"
                        + " p.familyName, p.givenName, p.familyNameKana, p.givenNameKana, e.code, e.nameJa, e.nameEn,"
                        + " s.nameJa, s.nameEn, h.addedOn, h.active, h.removedOn, h.removalReason, h.removalNote)"
                        + " from HandlerEntry h join h.person p join p.employer e left join p.section s"
                        + " where h.designation.id = :d and (h.active = :active or h.active = :removed)"
                        + " order by h.active desc, p.familyNameKana, p.givenNameKana, h.removedOn desc, h.id",
                HandlerRow.class).setParameter("active", Boolean.TRUE).setParameter("removed", !includeRemoved)
                .setParameter("d", designationId).getResultList();
    }

    /** Every condition of the access rule the person fails today for this designation (empty: may be added). */
    public List<HandlerCondition> check(long designationId, long personId) {
        Designation d = access.ofOwnOrgan(designationId);
        return rule.failures(d, person(personId), clock.today());
    }

    /**
     * The records that would qualify the person but are overridden by a later adverse act of a governing organ
     * (condition {@code LATER_ADVERSE_DECISION}), for the designating organ's officer who resolves them: which record,
     * which act, both days; never the findings or reasons of an evaluation.
     */
    public List<HandlerConflict> conflicts(long designationId, long personId) {
        Designation d = access.ofOwnOrgan(designationId);
        return rule.conflicts(d, person(personId), clock.today());
    }

    /**
     * Adds a person to the register.
     *
     * @throws BusinessException {@code designation.handlerNotEligible} (the failed conditions, comma separated) when
     *         the access rule does not hold; {@code designation.alreadyHandler} when already on the register
     */
    public HandlerEntry add(long designationId, long personId) {
        Designation d = access.ofOwnOrgan(designationId);
        Person p = person(personId);
        LocalDate today = clock.today();
        List<HandlerCondition> failed = rule.failures(d, p, today);
        if (!failed.isEmpty()) {
            throw new BusinessException("designation.handlerNotEligible",
                    String.join(",", failed.stream().map(Enum::name).toList()));
        }
        if (!em.createQuery("select h.id from HandlerEntry h where h.designation.id = :d and h.person.id = :p"
                        + " and h.active = :active", Long.class).setParameter("active", Boolean.TRUE).setParameter("d", designationId).setParameter("p", personId)
                .getResultList().isEmpty()) {
            throw new BusinessException("designation.alreadyHandler");
        }
        HandlerEntry h = new HandlerEntry(d, p, today);
        h.stamp(caller.name(), clock.now());
        em.persist(h);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException twice) {
            // added at the same moment by another request: the unique constraint handler_entry_one_active_uk (V74)
            throw new BusinessException("designation.alreadyHandler");
        }
        em.persist(new DesignationEvent(d.getId(), DesignationEventKind.HANDLER_ADDED, clock.now(), caller.name(), today,
                null, null, "person=" + personId));
        audit.record(AuditAction.CREATE, "HandlerEntry", h.getId(), "designation=" + d.getId() + "; person=" + personId);
        return h;
    }

    /** Takes a person off the register (a security officer's decision), with an optional note. */
    public HandlerEntry remove(long entryId, long version, String note) {
        HandlerEntry h = em.find(HandlerEntry.class, entryId);
        if (h == null) {
            throw new NotFoundException("HandlerEntry", entryId);
        }
        access.ofOwnOrgan(h.getDesignation().getId());
        if (h.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        if (!h.isActive()) {
            throw new BusinessException("designation.alreadyRemoved");
        }
        keeper.remove(h, clock.today(), RemovalReason.MANUAL, note == null || note.isBlank() ? null : note.trim());
        return h;
    }

    /**
     * People who might be added: active people of the designating organ and of the organizations it was provided to,
     * whose family name (kanji or katakana) or Latin name starts with the text. Whether they qualify is
     * {@link #check}'s answer.
     */
    public List<PersonRow> candidates(long designationId, String text) {
        Designation d = access.ofOwnOrgan(designationId);
        var criterion = NameSearch.criterion(text);
        String name = criterion.map(c -> " and " + c.jpql("p")).orElse("");
        var query = em.createQuery("select new jp.clearance.person.boundary.PersonRow(p.id, p.familyName, p.givenName,"
                + " p.familyNameKana, p.givenNameKana, p.latinName, e.id, e.nameJa, e.nameEn, s.nameJa, s.nameEn,"
                + " p.active) from Person p join p.employer e left join p.section s where p.active = :active and"
                + " (e.id = :organ or e.id in (select v.recipient.id from Provision v where v.designation.id = :d"
                + " and v.recipientKind <> :foreign))" + name + " order by p.familyNameKana, p.givenNameKana, p.id",
                        PersonRow.class)
                .setParameter("organ", d.getOrgan().getId()).setParameter("d", designationId)
                .setParameter("foreign", RecipientKind.FOREIGN).setParameter("active", Boolean.TRUE);
        criterion.ifPresent(c -> c.bind(query));
        return query.setMaxResults(CANDIDATES).getResultList();
    }

    private Person person(long id) {
        Person p = em.createQuery("select p from Person p join fetch p.employer left join fetch p.section where p.id = :id",
                Person.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }
}
