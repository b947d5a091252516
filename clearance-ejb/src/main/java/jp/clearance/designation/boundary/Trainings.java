package jp.clearance.designation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.control.RegisterKeeper;
import jp.clearance.person.entity.Person;
import jp.clearance.person.entity.TrainingRecord;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Security training records of a person (course, completion date, valid until): required, and valid, to be on a
 * handler register. Administrators maintain them for everyone, security officers for their organization's people.
 * Shortening a validity re-checks the person's registers at once.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER})
public class Trainings {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    RegisterKeeper keeper;

    public List<TrainingRecord> of(long personId) {
        person(personId);
        return em.createQuery("select t from TrainingRecord t where t.person.id = :p order by t.completedOn desc, t.id",
                TrainingRecord.class).setParameter("p", personId).getResultList();
    }

    public TrainingRecord add(long personId, @NotBlank String course, @NotNull LocalDate completedOn,
                              @NotNull LocalDate validUntil) {
        Person p = person(personId);
        check(completedOn, validUntil);
        TrainingRecord t = new TrainingRecord(p, course.trim(), completedOn, validUntil);
        t.stamp(caller.name(), clock.now());
        em.persist(t);
        em.flush();
        audit.record(AuditAction.CREATE, "TrainingRecord", t.getId(), ChangeLog.create().set("person", personId)
                .set("course", t.getCourse()).set("completedOn", completedOn).set("validUntil", validUntil).toString());
        return t;
    }

    public TrainingRecord update(long id, long version, @NotBlank String course, @NotNull LocalDate completedOn,
                                 @NotNull LocalDate validUntil) {
        TrainingRecord t = em.find(TrainingRecord.class, id);
        if (t == null) {
            throw new NotFoundException("TrainingRecord", id);
        }
        person(t.getPerson().getId());
        if (t.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        check(completedOn, validUntil);
        ChangeLog changes = ChangeLog.create().diff("course", t.getCourse(), course.trim())
                .diff("completedOn", t.getCompletedOn(), completedOn).diff("validUntil", t.getValidUntil(), validUntil);
        t.setCourse(course.trim());
        t.setCompletedOn(completedOn);
        t.setValidUntil(validUntil);
        if (!changes.isEmpty()) {
            t.stamp(caller.name(), clock.now());
            audit.record(AuditAction.UPDATE, "TrainingRecord", id, changes.toString());
            em.flush();
            keeper.reviewPerson(t.getPerson().getId(), clock.today());
        }
        return t;
    }

    private static void check(LocalDate completedOn, LocalDate validUntil) {
        if (validUntil.isBefore(completedOn)) {
            throw new BusinessException("training.periodInvalid", completedOn, validUntil);
        }
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        Long scope = caller.hasRole(Roles.ADMIN) ? null : caller.scopeOrganizationId();
        if (p == null || scope != null && !scope.equals(p.getEmployer().getId())) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }
}
