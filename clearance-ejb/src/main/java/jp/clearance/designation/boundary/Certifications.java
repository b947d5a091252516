package jp.clearance.designation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.control.RegisterKeeper;
import jp.clearance.designation.entity.Certification;
import jp.clearance.designation.entity.CertificationStatus;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationStatus;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.organization.entity.Section;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * Certification of business entities as conforming entities (適合事業者) by an organ: the criteria checklist and
 * evidence, the decision, the contract and its need-to-know departments, the validity; a reported change puts the
 * certification under re-review (nothing may be provided meanwhile and the entity's handlers drop off the
 * registers) until it is certified again or revoked.
 */
@Stateless
@RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
public class Certifications {
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

    public Page<Certification> search(@NotNull CertificationFilter filter, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        Long scope = caller.scopeOrganizationId();
        if (scope != null) {
            where.add("c.organ.id = :scope");
            params.put("scope", scope);
        }
        if (filter.entityId() != null) {
            where.add("c.entity.id = :entity");
            params.put("entity", filter.entityId());
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.put("status", filter.status());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Certification> query = em.createQuery("select c from Certification c join fetch c.entity"
                + " join fetch c.organ" + clause + " order by c.decidedOn desc, c.id desc", Certification.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Certification c" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** One certification with its entity, organ and contract departments. */
    public Certification find(long id) {
        Certification c = em.createQuery("select c from Certification c join fetch c.entity join fetch c.organ"
                + " left join fetch c.sections where c.id = :id", Certification.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        Long scope = caller.scopeOrganizationId();
        if (c == null || scope != null && !scope.equals(c.getOrgan().getId())) {
            throw new NotFoundException("Certification", id);
        }
        c.getDesignations().size();
        return c;
    }

    /**
     * Records the caller's organ's decision on an entity: {@code CERTIFIED} needs every criterion of the checklist,
     * a contract reference and at least one need-to-know department of the entity; {@code REFUSED} records the
     * checklist and evidence as they stood.
     */
    public Certification decide(@NotNull @Valid Certification c, long entityId, @NotNull Set<Long> sectionIds,
                                @NotNull Set<Long> designationIds) {
        Organization organ = callersOrgan();
        Organization entity = em.find(Organization.class, entityId);
        if (entity == null || entity.getKind() != OrganizationKind.ENTITY || !entity.isActive()) {
            throw new BusinessException("certification.notAnEntity");
        }
        if (c.getStatus() != CertificationStatus.CERTIFIED && c.getStatus() != CertificationStatus.REFUSED) {
            throw new BusinessException("certification.decisionRequired");
        }
        if (c.getValidUntil().isBefore(c.getValidFrom())) {
            throw new BusinessException("certification.periodInvalid", c.getValidFrom(), c.getValidUntil());
        }
        c.setEntity(entity);
        c.setOrgan(organ);
        c.getSections().clear();
        c.getSections().addAll(sections(entity, sectionIds));
        c.getDesignations().clear();
        c.getDesignations().addAll(designations(organ, designationIds));
        if (c.getStatus() == CertificationStatus.CERTIFIED) {
            requireCertifiable(c);
        }
        c.stamp(caller.name(), clock.now());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CREATE, "Certification", c.getId(), ChangeLog.create().set("entity", entity.getCode())
                .set("organ", organ.getCode()).set("status", c.getStatus()).set("unmet", c.unmetCriteria().isEmpty()
                        ? null : String.join(",", c.unmetCriteria())).set("contract", c.getContractReference())
                .set("sections", codes(c)).set("designations", references(c.getDesignations()))
                .set("validFrom", c.getValidFrom()).set("validUntil", c.getValidUntil())
                .toString());
        return c;
    }

    /** The entity reported a change (rules, managers, facilities, ownership...): re-review before anything more is provided. */
    public Certification reportChange(long id, long version, @NotBlank String note) {
        Certification c = forChange(id, version);
        c.moveTo(CertificationStatus.REVIEW_REQUIRED, note.trim());
        c.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Certification", id, "CERTIFIED -> REVIEW_REQUIRED");
        keeper.reviewEmployer(c.getEntity().getId(), clock.today());
        return c;
    }

    /** Concludes a re-review: the checklist, evidence, contract, departments and validity as reviewed; certified again. */
    public Certification recertify(long id, @NotNull Certification reviewed, @NotNull Set<Long> sectionIds) {
        Certification c = forChange(id, reviewed.getVersion());
        ChangeLog changes = ChangeLog.create()
                .diff("internalRules", c.isInternalRules(), reviewed.isInternalRules())
                .diff("responsibleManager", c.isResponsibleManager(), reviewed.isResponsibleManager())
                .diff("governance", c.isGovernance(), reviewed.isGovernance())
                .diff("training", c.isTraining(), reviewed.isTraining())
                .diff("facilities", c.isFacilities(), reviewed.isFacilities())
                .diff("contract", c.getContractReference(), reviewed.getContractReference())
                .diff("validUntil", c.getValidUntil(), reviewed.getValidUntil());
        c.setInternalRules(reviewed.isInternalRules());
        c.setResponsibleManager(reviewed.isResponsibleManager());
        c.setGovernance(reviewed.isGovernance());
        c.setTraining(reviewed.isTraining());
        c.setFacilities(reviewed.isFacilities());
        c.setEvidence(reviewed.getEvidence());
        c.setContractReference(reviewed.getContractReference());
        if (reviewed.getValidUntil() != null) {
            c.setValidUntil(reviewed.getValidUntil());
        }
        c.getSections().clear();
        c.getSections().addAll(sections(c.getEntity(), sectionIds));
        requireCertifiable(c);
        String from = c.getStatus().name();
        c.moveTo(CertificationStatus.CERTIFIED, null);
        c.setDecidedOn(clock.today());
        c.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Certification", id, from + " -> CERTIFIED"
                + (changes.isEmpty() ? "" : "; " + changes));
        return c;
    }

    /**
     * Sets the designations the contract covers (the caller's organ's own designations only) while the certification
     * is certified or under re-review.
     */
    public Certification cover(long id, long version, @NotNull Set<Long> designationIds) {
        Certification c = forChange(id, version);
        if (c.getStatus() != CertificationStatus.CERTIFIED && c.getStatus() != CertificationStatus.REVIEW_REQUIRED) {
            throw new BusinessException("certification.notCoverable", c.getStatus());
        }
        List<Designation> covered = designations(c.getOrgan(), designationIds);
        String before = references(c.getDesignations());
        String after = references(covered);
        c.getDesignations().clear();
        c.getDesignations().addAll(covered);
        c.stamp(caller.name(), clock.now());
        audit.record(AuditAction.UPDATE, "Certification", id,
                ChangeLog.create().diff("designations", before, after).toString());
        return c;
    }

    /** The caller's organ's designations a contract may cover (declassified and expired ones excluded). */
    public List<Designation> coverable() {
        Long own = caller.organizationId();
        if (own == null) {
            return List.of();
        }
        return em.createQuery("select d from Designation d where d.organ.id = :o and d.status in :live"
                + " order by d.referenceNumber", Designation.class).setParameter("o", own)
                .setParameter("live", List.of(DesignationStatus.DESIGNATED,
                        DesignationStatus.EXTENDED)).getResultList();
    }

    /** Revokes the certification; the entity's handlers drop off the registers. */
    public Certification revoke(long id, long version, @NotBlank String reason) {
        Certification c = forChange(id, version);
        String from = c.getStatus().name();
        c.moveTo(CertificationStatus.REVOKED, reason.trim());
        c.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Certification", id, from + " -> REVOKED");
        keeper.reviewEmployer(c.getEntity().getId(), clock.today());
        return c;
    }

    private void requireCertifiable(Certification c) {
        if (!c.unmetCriteria().isEmpty()) {
            throw new BusinessException("certification.criteriaUnmet", String.join(", ", c.unmetCriteria()));
        }
        if (c.getContractReference() == null) {
            throw new BusinessException("certification.contractRequired");
        }
        if (c.getSections().isEmpty()) {
            throw new BusinessException("certification.sectionsRequired");
        }
    }

    private List<Section> sections(Organization entity, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Section> found = em.createQuery("select s from Section s where s.id in :ids", Section.class)
                .setParameter("ids", ids).getResultList();
        for (Section s : found) {
            if (!s.getOrganization().getId().equals(entity.getId()) || !s.isNeedToKnow() || !s.isActive()) {
                throw new BusinessException("certification.sectionInvalid", s.getCode());
            }
        }
        if (found.size() != ids.size()) {
            throw new BusinessException("certification.sectionInvalid", ids);
        }
        return found;
    }

    private List<Designation> designations(Organization organ, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Designation> found = em.createQuery("select d from Designation d where d.id in :ids", Designation.class)
                .setParameter("ids", ids).getResultList();
        for (Designation d : found) {
            if (!d.getOrgan().getId().equals(organ.getId())) {
                throw new BusinessException("certification.designationInvalid", d.getReferenceNumber());
            }
        }
        if (found.size() != ids.size()) {
            throw new BusinessException("certification.designationInvalid", ids);
        }
        return found;
    }

    private static String references(Collection<Designation> ds) {
        return ds.stream().map(Designation::getReferenceNumber).sorted().collect(Collectors.joining(","));
    }

    private static String codes(Certification c) {
        return c.getSections().stream().map(Section::getCode).sorted().collect(Collectors.joining(","));
    }

    private Certification forChange(long id, long version) {
        Certification c = find(id);
        if (!c.getOrgan().getId().equals(caller.organizationId())) {
            throw new BusinessException("certification.notYourOrgan", c.getOrgan().getCode());
        }
        if (c.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        return c;
    }

    private Organization callersOrgan() {
        Long own = caller.organizationId();
        Organization organ = own == null ? null : em.find(Organization.class, own);
        if (organ == null || organ.getKind() != OrganizationKind.ORGAN || !organ.isActive()) {
            throw new BusinessException("designation.notAnOrgan");
        }
        return organ;
    }
}
