package jp.clearance.person.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.entity.Person;
import jp.clearance.person.entity.PersonChanged;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.person.control.NameSearch;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * People who may be vetted. Administrators see everyone; agency security officers see the people of their own
 * organization (all, if they belong to the Cabinet Office). Every read of a person's record is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class People {
    /** Sort orders, each ending in the id and served by an index (see V11). */
    static final Map<String, String> SORTABLE = Map.of(
            "familyNameKana", "p.familyNameKana, p.givenNameKana, p.id", "familyName", "p.familyName, p.id",
            "latinName", "p.latinName, p.id", "employer", "e.code, p.id", "active", "p.active, p.id");

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER})
    public Page<PersonRow> search(PersonFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        NameSearch.criterion(filter.name()).ifPresent(name -> {
            where.add(name.jpql("p"));
            params.putAll(name.parameters());
        });
        if (filter.employerId() != null) {
            where.add("p.employer.id = :employer");
            params.put("employer", filter.employerId());
        }
        if (filter.active() != null) {
            where.add("p.active = :active");
            params.put("active", filter.active());
        }
        Long scope = caller.hasRole(Roles.ADMIN) ? null : caller.scopeOrganizationId();
        if (scope != null) {
            where.add("p.employer.id = :scope");
            params.put("scope", scope);
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String direction = page.ascending() ? " asc" : " desc";
        String sort = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), SORTABLE.get("familyNameKana"))
                .replace(",", direction + ",") + direction;
        TypedQuery<PersonRow> query = em.createQuery("select new jp.clearance.person.boundary.PersonRow(p.id, "
                + "p.familyName, p.givenName, p.familyNameKana, p.givenNameKana, p.latinName, e.id, e.nameJa, "
                + "e.nameEn, s.nameJa, s.nameEn, p.active) from Person p join p.employer e left join p.section s"
                + clause + " order by " + sort, PersonRow.class);
        TypedQuery<Long> ids = em.createQuery("select p.id from Person p" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        return Counting.page(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                Counting.capped(ids));
    }

    /**
     * Reads a person's record, with the purpose of the read; the read is audited. Employer and section come with it
     * (one query), so a form can show them without further loading.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Person read(long id, @NotBlank String purpose) {
        personalData.requireRole("Person", id, purpose, Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER);
        Person p = personalData.check("Person", id, purpose, () -> {
            Person found = em.createQuery("select p from Person p join fetch p.employer left join fetch p.section"
                    + " where p.id = :id", Person.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
            Long scope = caller.hasRole(Roles.ADMIN) ? null : caller.scopeOrganizationId();
            if (found == null || scope != null && !scope.equals(found.getEmployer().getId())) {
                throw new NotFoundException("Person", id);
            }
            return found;
        });
        audit.record(AuditAction.READ, "Person", id, "purpose=" + purpose);
        return p;
    }

    public Person create(Person p, long employerId, Long sectionId) {
        p.setEmployer(organization(employerId));
        p.setSection(section(employerId, sectionId, null));
        p.stamp(caller.name(), clock.now());
        em.persist(p);
        em.flush();
        audit.record(AuditAction.CREATE, "Person", p.getId(), ChangeLog.create()
                .set("employer", p.getEmployer().getCode())
                .set("section", p.getSection() == null ? null : p.getSection().getCode()).toString());
        return p;
    }

    /** Saves the edited fields; fails if someone saved in between. Personal values are not copied into the audit trail. */
    public Person update(Person edited, long employerId, Long sectionId) {
        Person current = em.find(Person.class, edited.getId());
        if (current == null) {
            throw new NotFoundException("Person", edited.getId());
        }
        if (current.getVersion() != edited.getVersion()) {
            throw new BusinessException("concurrentEdit");
        }
        Organization employer = organization(employerId);
        Section section = section(employerId, sectionId, current.getSection());
        ChangeLog changes = ChangeLog.create()
                .touched("familyName", current.getFamilyName(), edited.getFamilyName())
                .touched("givenName", current.getGivenName(), edited.getGivenName())
                .touched("familyNameKana", current.getFamilyNameKana(), edited.getFamilyNameKana())
                .touched("givenNameKana", current.getGivenNameKana(), edited.getGivenNameKana())
                .touched("latinName", current.getLatinName(), edited.getLatinName())
                .touched("dateOfBirth", current.getDateOfBirth(), edited.getDateOfBirth())
                .touched("nationalities", current.getNationalities(), edited.getNationalities())
                .touched("staffNumber", current.getStaffNumber(), edited.getStaffNumber())
                .diff("employer", current.getEmployer().getCode(), employer.getCode())
                .diff("section", current.getSection() == null ? null : current.getSection().getCode(),
                        section == null ? null : section.getCode());
        current.setFamilyName(edited.getFamilyName());
        current.setGivenName(edited.getGivenName());
        current.setFamilyNameKana(edited.getFamilyNameKana());
        current.setGivenNameKana(edited.getGivenNameKana());
        current.setLatinName(edited.getLatinName());
        current.setDateOfBirth(edited.getDateOfBirth());
        current.setNationalities(edited.getNationalities());
        current.setStaffNumber(edited.getStaffNumber());
        current.setEmployer(employer);
        current.setSection(section);
        if (!changes.isEmpty()) {
            current.stamp(caller.name(), clock.now());
            audit.record(AuditAction.UPDATE, "Person", current.getId(), changes.toString());
            personChanged.fire(new PersonChanged(current.getId()));
        }
        return current;
    }

    public Person setActive(long id, boolean active) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        if (p.isActive() != active) {
            p.setActive(active);
            p.stamp(caller.name(), clock.now());
            audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, "Person", id, null);
            personChanged.fire(new PersonChanged(id));
        }
        return p;
    }

    @Inject
    Event<PersonChanged> personChanged;

    private Organization organization(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw new NotFoundException("Organization", id);
        }
        if (!o.isActive()) {
            throw new BusinessException("organization.inactive", o.getCode());
        }
        return o;
    }

    /** The section to assign: it must belong to the employer, and a deactivated one may only be kept, not newly chosen. */
    private Section section(long organizationId, Long sectionId, Section current) {
        if (sectionId == null) {
            return null;
        }
        Section s = em.find(Section.class, sectionId);
        if (s == null || !s.getOrganization().getId().equals(organizationId)) {
            throw new BusinessException("person.sectionNotOfEmployer");
        }
        if (!s.isActive() && (current == null || !current.getId().equals(s.getId()))) {
            throw new BusinessException("person.sectionInactive", s.getCode());
        }
        return s;
    }
}
