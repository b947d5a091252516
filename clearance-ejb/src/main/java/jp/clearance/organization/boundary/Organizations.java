package jp.clearance.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.Section;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/** Administrative organs and conforming business entities, with their sections. Everyone may look them up. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Organizations {
    static final Set<String> SORTABLE = Set.of("code", "kind", "nameJa", "nameEn", "active");

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<Organization> search(OrganizationFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(upper(o.code) like :text or o.nameJa like :raw or upper(o.nameEn) like :text)");
            params.put("text", filter.text().trim().toUpperCase() + "%");
            params.put("raw", filter.text().trim() + "%");
        }
        if (filter.kind() != null) {
            where.add("o.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.active() != null) {
            where.add("o.active = :active");
            params.put("active", filter.active());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "code";
        TypedQuery<Organization> query = em.createQuery("select o from Organization o" + clause
                + " order by o." + sort + (page.ascending() ? " asc" : " desc") + ", o.id", Organization.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Organization o" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Organization find(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw new NotFoundException("Organization", id);
        }
        return o;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<Section> sections(long organizationId) {
        return em.createQuery("select s from Section s where s.organization.id = :org order by s.code", Section.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    /**
     * The sections a form may offer for an organization: its active sections, plus {@code currentSectionId} even if
     * it has been deactivated since (so an existing assignment stays visible), ordered by code.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<Section> selectableSections(long organizationId, Long currentSectionId) {
        return em.createQuery("select s from Section s where s.organization.id = :org"
                        + " and (s.active = true or s.id = :current) order by s.code", Section.class)
                .setParameter("org", organizationId)
                .setParameter("current", currentSectionId == null ? Long.valueOf(-1) : currentSectionId)
                .getResultList();
    }

    public Organization create(Organization o) {
        requireUniqueCode(o.getCode(), null);
        o.stamp(caller.name(), clock.now());
        em.persist(o);
        em.flush();
        audit.record(AuditAction.CREATE, "Organization", o.getId(), ChangeLog.create()
                .set("code", o.getCode()).set("kind", o.getKind()).set("nameJa", o.getNameJa())
                .set("nameEn", o.getNameEn()).set("corporateNumber", o.getCorporateNumber())
                .set("central", o.isCentral()).set("ownInvestigation", o.isOwnInvestigation()).toString());
        return o;
    }

    /** Saves the edited fields; fails with an optimistic lock error if someone saved in between. */
    public Organization update(long id, Organization edited) {
        Organization current = find(id);
        if (current.getVersion() != edited.getVersion()) {
            throw new BusinessException("concurrentEdit");
        }
        requireUniqueCode(edited.getCode(), current.getId());
        ChangeLog changes = ChangeLog.create()
                .diff("code", current.getCode(), edited.getCode())
                .diff("kind", current.getKind(), edited.getKind())
                .diff("nameJa", current.getNameJa(), edited.getNameJa())
                .diff("nameEn", current.getNameEn(), edited.getNameEn())
                .diff("corporateNumber", current.getCorporateNumber(), edited.getCorporateNumber())
                .diff("central", current.isCentral(), edited.isCentral())
                .diff("ownInvestigation", current.isOwnInvestigation(), edited.isOwnInvestigation());
        current.setCode(edited.getCode());
        current.setKind(edited.getKind());
        current.setNameJa(edited.getNameJa());
        current.setNameEn(edited.getNameEn());
        current.setCorporateNumber(edited.getCorporateNumber());
        current.setCentral(edited.isCentral());
        current.setOwnInvestigation(edited.isOwnInvestigation());
        if (!changes.isEmpty()) {
            current.stamp(caller.name(), clock.now());
            audit.record(AuditAction.UPDATE, "Organization", current.getId(), changes.toString());
        }
        return current;
    }

    public Organization setActive(long id, boolean active) {
        Organization o = find(id);
        if (o.isActive() != active) {
            o.setActive(active);
            o.stamp(caller.name(), clock.now());
            audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, "Organization", id, null);
        }
        return o;
    }

    public Section saveSection(long organizationId, Section edited) {
        Organization o = find(organizationId);
        if (edited.getId() == null) {
            Section s = new Section(o);
            copy(edited, s);
            em.persist(s);
            em.flush();
            audit.record(AuditAction.CREATE, "Section", s.getId(), ChangeLog.create().set("organization", o.getCode())
                    .set("code", s.getCode()).set("nameJa", s.getNameJa()).set("needToKnow", s.isNeedToKnow())
                    .toString());
            return s;
        }
        Section s = em.find(Section.class, edited.getId());
        if (s == null || !s.getOrganization().getId().equals(organizationId)) {
            throw new NotFoundException("Section", edited.getId());
        }
        if (s.getVersion() != edited.getVersion()) {
            throw new BusinessException("concurrentEdit");
        }
        ChangeLog changes = ChangeLog.create().diff("code", s.getCode(), edited.getCode())
                .diff("nameJa", s.getNameJa(), edited.getNameJa()).diff("nameEn", s.getNameEn(), edited.getNameEn())
                .diff("needToKnow", s.isNeedToKnow(), edited.isNeedToKnow())
                .diff("active", s.isActive(), edited.isActive());
        copy(edited, s);
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, "Section", s.getId(), changes.toString());
        }
        return s;
    }

    private static void copy(Section from, Section to) {
        to.setCode(from.getCode());
        to.setNameJa(from.getNameJa());
        to.setNameEn(from.getNameEn());
        to.setNeedToKnow(from.isNeedToKnow());
        to.setActive(from.isActive());
    }

    private void requireUniqueCode(String code, Long exceptId) {
        List<Long> ids = em.createQuery("select o.id from Organization o where o.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("organization.codeTaken", code);
        }
    }
}
