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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.control.DesignationAccess;
import jp.clearance.designation.control.DesignationPeriods;
import jp.clearance.designation.control.LegalLimits;
import jp.clearance.designation.control.RegisterKeeper;
import jp.clearance.designation.entity.Certification;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationEvent;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.designation.entity.DesignationStatus;
import jp.clearance.designation.entity.HandlerEntry;
import jp.clearance.designation.entity.Provision;
import jp.clearance.designation.entity.RecipientKind;
import jp.clearance.designation.entity.RemovalReason;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.Csv;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.entity.CategoryKind;
import jp.clearance.reference.entity.InformationCategory;
import jp.clearance.reference.entity.Level;

/**
 * The designation register of each organ: an agency security officer designates information of their organ,
 * extends it within the limits of the reference data, declassifies it, and records provisions of it. Officers see
 * their organ's register (the Cabinet Office's see every organ's); the record itself, with its summary, is read only
 * by the organ's security officers and by the people on its handler register, and every such read is audited.
 */
@Stateless
@RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
public class Designations {
    static final Map<String, String> SORTABLE = Map.of("referenceNumber", "d.referenceNumber", "title", "d.title",
            "levelCode", "d.levelCode", "designatedOn", "d.designatedOn", "validUntil", "d.validUntil",
            "status", "d.status", "organCode", "o.code");
    /** At most this many lines go into one CSV export (narrow the filter for more). */
    public static final int EXPORT_LIMIT = Counting.CAP;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    LegalLimits limits;

    @Inject
    RegisterKeeper keeper;

    @Inject
    DesignationAccess access;

    @Inject
    AccessLog accessLog;

    // ----------------------------------------------------------------------------------------------------------
    // The register
    // ----------------------------------------------------------------------------------------------------------

    public Page<DesignationRow> search(@NotNull DesignationFilter filter, @NotNull PageRequest page) {
        LocalDate today = clock.today();
        Map<String, Object> params = new HashMap<>();
        String clause = where(filter, today, params);
        String direction = page.ascending() ? " asc" : " desc";
        String sort = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "d.designatedOn");
        TypedQuery<Designation> query = em.createQuery("select d from Designation d join fetch d.organ o" + clause
                + " order by " + sort + direction + ", d.id" + direction, Designation.class);
        TypedQuery<Long> ids = em.createQuery("select d.id from Designation d join d.organ o" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        int warning = limits.warningDays(today);
        List<DesignationRow> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()
                .stream().map(d -> row(d, today, warning)).toList();
        return Counting.page(rows, Counting.capped(ids));
    }

    /** The column names of {@link #exportCsv} (the REST API's; the portal shows them in words). */
    public static final String CSV_HEADER = "organ,reference_number,title,level,category,item,designated_on,"
            + "valid_until,status,cabinet_approval,ended_on";

    /** The register as CSV (UTF-8 text, header line first), at most {@link #EXPORT_LIMIT} lines; audited. */
    public String exportCsv(@NotNull DesignationFilter filter) {
        Page<DesignationRow> rows = search(filter, new PageRequest(0, PageRequest.MAX_SIZE, "designatedOn", true));
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        int first = 0;
        int written = 0;
        List<DesignationRow> page = rows.items();
        while (!page.isEmpty() && written < EXPORT_LIMIT) {
            for (DesignationRow r : page) {
                csv.append(String.join(",", cell(r.organCode()), cell(r.referenceNumber()), cell(r.title()),
                        cell(r.levelCode()), cell(r.categoryCode()), cell(r.itemCode()), cell(r.designatedOn()),
                        cell(r.validUntil()), cell(r.status()), cell(r.cabinetApproval()), cell(r.endedOn()))).append("\r\n");
                written++;
            }
            first += page.size();
            page = page.size() < PageRequest.MAX_SIZE ? List.of()
                    : search(filter, new PageRequest(first, PageRequest.MAX_SIZE, "designatedOn", true)).items();
        }
        audit.record(AuditAction.EXPORT, "Designation", null, ChangeLog.create().set("rows", written)
                .set("text", filter.text()).set("level", filter.levelCode()).set("status", filter.status())
                .set("expiringOnly", filter.expiringOnly() ? Boolean.TRUE : null).set("organ", filter.organId()).toString());
        return csv.toString();
    }

    private static String cell(Object value) {
        return Csv.cell(value);
    }

    private String where(DesignationFilter filter, LocalDate today, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        Long scope = caller.scopeOrganizationId();
        if (scope != null) {
            where.add("d.organ.id = :scope");
            params.put("scope", scope);
        }
        if (filter.organId() != null) {
            where.add("d.organ.id = :organ");
            params.put("organ", filter.organId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(d.referenceNumber like :text or d.title like :text)");
            params.put("text", filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.levelCode() != null && !filter.levelCode().isBlank()) {
            where.add("d.levelCode = :level");
            params.put("level", filter.levelCode());
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case DESIGNATED, EXTENDED -> {
                    where.add("d.status = :status and d.validUntil >= :today");
                    params.put("status", filter.status());
                    params.put("today", today);
                }
                case EXPIRED -> {
                    where.add("(d.status = :status or (d.status in :inForce and d.validUntil < :today))");
                    params.put("status", DesignationStatus.EXPIRED);
                    params.put("inForce", List.of(DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED));
                    params.put("today", today);
                }
                case DECLASSIFIED -> {
                    where.add("d.status = :status");
                    params.put("status", DesignationStatus.DECLASSIFIED);
                }
            }
        }
        if (filter.expiringOnly()) {
            where.add("d.status in :inForceSoon and d.validUntil >= :todaySoon and d.validUntil <= :warnUntil");
            params.put("inForceSoon", List.of(DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED));
            params.put("todaySoon", today);
            params.put("warnUntil", today.plusDays(limits.warningDays(today)));
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static DesignationRow row(Designation d, LocalDate today, int warningDays) {
        DesignationStatus status = d.statusOn(today);
        return new DesignationRow(d.getId(), d.getVersion(), d.getOrgan().getCode(), d.getOrgan().getNameJa(),
                d.getOrgan().getNameEn(), d.getReferenceNumber(), d.getTitle(), d.getLevelCode(), d.getCategoryCode(),
                d.getItemCode(), d.getDesignatedOn(), d.getValidUntil(), status,
                status.isInForce() && DesignationPeriods.expiresSoon(d.getValidUntil(), today, warningDays),
                d.getCabinetApproval(), d.getEndedOn());
    }

    /** The register line of one designation (no summary, not audited), for officers who may see the register. */
    public DesignationRow find(long id) {
        Designation d = access.inScope(id);
        LocalDate today = clock.today();
        return row(d, today, limits.warningDays(today));
    }

    /**
     * The full record, summary included: only for the designating organ's security officers and the people on its
     * handler register. The read is audited with its purpose; anyone else is told it does not exist.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Designation read(long id, @NotBlank String purpose) {
        Designation d = em.createQuery("select d from Designation d join fetch d.organ where d.id = :id", Designation.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (d == null || !mayRead(d)) {
            accessLog.denied("Designation", id, "purpose=" + purpose);
            throw new NotFoundException("Designation", id);
        }
        audit.record(AuditAction.READ, "Designation", id, "purpose=" + purpose);
        return d;
    }

    /** Whether the caller may read the record: a security officer of the designating organ, or on its register. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public boolean mayRead(long id) {
        Designation d = em.find(Designation.class, id);
        return d != null && mayRead(d);
    }

    private boolean mayRead(Designation d) {
        if (access.isOrganOfficer(d)) {
            return true;
        }
        return !em.createQuery("select h.id from HandlerEntry h, UserAccount a where a.username = :user"
                        + " and a.person.id = h.person.id and h.designation.id = :d and h.active = :active", Long.class).setParameter("active", Boolean.TRUE)
                .setParameter("user", caller.name()).setParameter("d", d.getId()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The designations the caller is on the register of, in force today (what an employee may open). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<DesignationRow> mine() {
        LocalDate today = clock.today();
        int warning = limits.warningDays(today);
        return em.createQuery("select d from Designation d join fetch d.organ where d.id in (select h.designation.id"
                        + " from HandlerEntry h, UserAccount a where a.username = :user and a.person.id = h.person.id"
                        + " and h.active = :active) order by d.designatedOn desc, d.id", Designation.class).setParameter("active", Boolean.TRUE)
                .setParameter("user", caller.name()).setMaxResults(PageRequest.MAX_SIZE).getResultList().stream()
                .map(d -> row(d, today, warning)).toList();
    }

    /** The record's history, oldest first (officers who may see the register). */
    public List<DesignationEvent> history(long id) {
        access.inScope(id);
        return em.createQuery("select e from DesignationEvent e where e.designationId = :d order by e.occurredAt, e.id",
                DesignationEvent.class).setParameter("d", id).getResultList();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Lifecycle
    // ----------------------------------------------------------------------------------------------------------

    /**
     * Designates information of the caller's organ. Level, category and item must be in force on the designation
     * date (the item belongs to the category; it is required when the category has items); the period is checked
     * against the act's limits.
     */
    public Designation create(@NotNull @Valid Designation d) {
        Organization organ = callersOrgan();
        if (d.getDesignatedOn() == null || d.getValidUntil() == null) {
            throw new BusinessException("designation.datesRequired");
        }
        if (d.getDesignatedOn().isAfter(clock.today())) {
            throw new BusinessException("designation.dateInFuture", d.getDesignatedOn());
        }
        Level level = limits.levels(d.getDesignatedOn()).get(d.getLevelCode());
        if (level == null) {
            throw new BusinessException("designation.levelUnknown", d.getLevelCode(), d.getDesignatedOn());
        }
        d.setAct(level.getAct());
        requireCategory(d);
        DesignationPeriods.checkInitial(d.getDesignatedOn(), d.getValidUntil(),
                limits.periodLimits(level.getAct(), d.getDesignatedOn()));
        if (!em.createQuery("select d.id from Designation d where d.organ.id = :o and d.referenceNumber = :n", Long.class)
                .setParameter("o", organ.getId()).setParameter("n", d.getReferenceNumber()).getResultList().isEmpty()) {
            throw new BusinessException("designation.numberTaken", d.getReferenceNumber());
        }
        d.setOrgan(organ);
        d.setCabinetApproval(null);
        d.stamp(caller.name(), clock.now());
        em.persist(d);
        em.flush();
        event(d, DesignationEventKind.DESIGNATED, d.getDesignatedOn(), null, d.getValidUntil(), null);
        audit.record(AuditAction.CREATE, "Designation", d.getId(), ChangeLog.create().set("organ", organ.getCode())
                .set("referenceNumber", d.getReferenceNumber()).set("level", d.getLevelCode())
                .set("category", d.getCategoryCode()).set("item", d.getItemCode())
                .set("designatedOn", d.getDesignatedOn()).set("validUntil", d.getValidUntil()).toString());
        return d;
    }

    private void requireCategory(Designation d) {
        List<InformationCategory> rows = em.createQuery("select c from InformationCategory c where c.act = :act"
                        + " and c.effectiveFrom <= :on and (c.effectiveTo is null or c.effectiveTo >= :on)",
                InformationCategory.class).setParameter("act", d.getAct()).setParameter("on", d.getDesignatedOn())
                .getResultList();
        boolean categoryOk = rows.stream().anyMatch(c -> c.getKind() == CategoryKind.CATEGORY
                && c.getCode().equals(d.getCategoryCode()));
        if (!categoryOk) {
            throw new BusinessException("designation.categoryUnknown", d.getCategoryCode());
        }
        List<String> items = rows.stream().filter(c -> c.getKind() == CategoryKind.ITEM
                && d.getCategoryCode().equals(c.getParentCode())).map(InformationCategory::getCode).toList();
        if (d.getItemCode() == null ? !items.isEmpty() : !items.contains(d.getItemCode())) {
            throw new BusinessException(d.getItemCode() == null ? "designation.itemRequired" : "designation.itemUnknown",
                    d.getItemCode() == null ? d.getCategoryCode() : d.getItemCode(), d.getCategoryCode());
        }
    }

    /**
     * Extends the period to {@code newUntil}, checked against the limits in force today. A Cabinet approval given
     * here is recorded on the designation; a total beyond the limit needs one.
     */
    public Designation extend(long id, long version, @NotNull LocalDate newUntil, String cabinetApproval, String note) {
        Designation d = forChange(id, version);
        d.statusOn(clock.today()).requireTransitionTo(DesignationStatus.EXTENDED);
        String approval = cabinetApproval != null && !cabinetApproval.isBlank() ? cabinetApproval.trim()
                : d.getCabinetApproval();
        DesignationPeriods.checkExtension(d.getDesignatedOn(), d.getValidUntil(), newUntil, approval,
                limits.periodLimits(d.getAct(), clock.today()));
        LocalDate before = d.getValidUntil();
        String previousStatus = d.getStatus().name();
        String previousApproval = d.getCabinetApproval();
        d.moveTo(DesignationStatus.EXTENDED);
        d.setValidUntil(newUntil);
        d.setCabinetApproval(approval);
        d.stamp(caller.name(), clock.now());
        event(d, DesignationEventKind.EXTENDED, clock.today(), before, newUntil,
                ChangeLog.create().diff("cabinetApproval", previousApproval, approval).set("note", blankToNull(note)).toString());
        audit.record(AuditAction.TRANSITION, "Designation", id, ChangeLog.create()
                .diff("status", previousStatus, DesignationStatus.EXTENDED.name()).diff("validUntil", before, newUntil)
                .diff("cabinetApproval", previousApproval, approval).toString());
        return d;
    }

    /** Declassifies the information on a day (not before the designation, not in the future), with the reason. */
    public Designation declassify(long id, long version, @NotNull LocalDate on, @NotBlank String reason) {
        Designation d = forChange(id, version);
        d.statusOn(clock.today()).requireTransitionTo(DesignationStatus.DECLASSIFIED);
        if (on.isBefore(d.getDesignatedOn()) || on.isAfter(clock.today())) {
            throw new BusinessException("designation.declassifyDate", on, d.getDesignatedOn(), clock.today());
        }
        String previous = d.getStatus().name();
        d.moveTo(DesignationStatus.DECLASSIFIED);
        d.setEndedOn(on);
        d.setEndReason(reason.trim());
        d.stamp(caller.name(), clock.now());
        event(d, DesignationEventKind.DECLASSIFIED, on, d.getValidUntil(), null, "reason given");
        audit.record(AuditAction.TRANSITION, "Designation", id, ChangeLog.create()
                .diff("status", previous, DesignationStatus.DECLASSIFIED.name()).set("endedOn", on).toString());
        endRegister(d, on);
        return d;
    }

    private void endRegister(Designation d, LocalDate on) {
        for (HandlerEntry h : em.createQuery("select h from HandlerEntry h join fetch h.person where h.designation.id = :d"
                + " and h.active = :active", HandlerEntry.class).setParameter("active", Boolean.TRUE).setParameter("d", d.getId()).getResultList()) {
            keeper.remove(h, on, RemovalReason.DESIGNATION_ENDED, null);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Provision
    // ----------------------------------------------------------------------------------------------------------

    /**
     * Records a provision of the designation: to a conforming entity only while a certification of it by the
     * designating organ is in force on that day and its contract covers this designation; to
     * another organ; or to a foreign government or international organisation by name. The designation must be in
     * force on the day.
     */
    public Provision provide(long designationId, @NotNull @Valid Provision p, Long recipientId) {
        Designation d = access.ofOwnOrgan(designationId);
        if (p.getProvidedOn() == null || p.getProvidedOn().isAfter(clock.today())) {
            throw new BusinessException("designation.provisionDate", p.getProvidedOn(), clock.today());
        }
        if (!d.isInForceOn(p.getProvidedOn())) {
            throw new BusinessException("designation.notInForce", d.getReferenceNumber(), p.getProvidedOn());
        }
        p.setDesignation(d);
        if (p.getRecipientKind() == RecipientKind.FOREIGN) {
            if (p.getRecipientName() == null) {
                throw new BusinessException("designation.recipientRequired");
            }
            p.setRecipient(null);
        } else {
            Organization recipient = recipientId == null ? null : em.find(Organization.class, recipientId);
            if (recipient == null) {
                throw new BusinessException("designation.recipientRequired");
            }
            OrganizationKind expected = p.getRecipientKind() == RecipientKind.ENTITY ? OrganizationKind.ENTITY
                    : OrganizationKind.ORGAN;
            if (recipient.getKind() != expected || recipient.getId().equals(d.getOrgan().getId())) {
                throw new BusinessException("designation.recipientKind", recipient.getCode());
            }
            p.setRecipient(recipient);
            if (p.getRecipientKind() == RecipientKind.ENTITY) {
                List<Certification> inForce = em.createQuery("select c from Certification c where c.entity.id = :e"
                                + " and c.organ.id = :o order by c.validUntil desc", Certification.class)
                        .setParameter("e", recipient.getId()).setParameter("o", d.getOrgan().getId()).getResultList()
                        .stream().filter(x -> x.isCertifiedOn(p.getProvidedOn())).toList();
                if (inForce.isEmpty()) {
                    throw new BusinessException("designation.entityNotCertified", recipient.getCode(),
                            p.getProvidedOn());
                }
                Certification c = inForce.stream().filter(x -> x.covers(d)).findFirst()
                        .orElseThrow(() -> new BusinessException("designation.notCoveredByContract",
                                recipient.getCode(), inForce.get(0).getContractReference(), d.getReferenceNumber()));
                p.setCertification(c);
            }
        }
        refuseDuplicate(d, p);
        p.stamp(caller.name(), clock.now());
        em.persist(p);
        em.flush();
        String to = p.getRecipient() == null ? p.getRecipientName() : p.getRecipient().getCode();
        event(d, DesignationEventKind.PROVIDED, p.getProvidedOn(), null, null,
                ChangeLog.create().set("recipientKind", p.getRecipientKind()).set("recipient", to)
                        .set("legalBasis", p.getLegalBasis()).set("certification",
                                p.getCertification() == null ? null : p.getCertification().getId()).toString());
        audit.record(AuditAction.CREATE, "Provision", p.getId(), ChangeLog.create().set("designation", d.getId())
                .set("recipientKind", p.getRecipientKind()).set("recipient", to).set("providedOn", p.getProvidedOn())
                .set("legalBasis", p.getLegalBasis()).toString());
        return p;
    }

    /**
     * The same provision twice is refused: the designation to the same organ, to the same entity under the same
     * certification, or to the same foreign recipient by name (unique constraint provision_recipient_uk, V68).
     *
     * @throws BusinessException {@code designation.alreadyProvided} (recipient, day of the earlier provision)
     */
    private void refuseDuplicate(Designation d, Provision p) {
        String same = p.getRecipient() == null ? "v.recipient is null and v.recipientName = :name"
                : "v.recipient.id = :recipient and " + (p.getCertification() == null ? "v.certification is null"
                : "v.certification.id = :certification");
        var query = em.createQuery("select v.providedOn from Provision v where v.designation.id = :d and " + same
                + " order by v.providedOn", LocalDate.class).setParameter("d", d.getId());
        if (p.getRecipient() == null) {
            query.setParameter("name", p.getRecipientName());
        } else {
            query.setParameter("recipient", p.getRecipient().getId());
            if (p.getCertification() != null) {
                query.setParameter("certification", p.getCertification().getId());
            }
        }
        List<LocalDate> earlier = query.setMaxResults(1).getResultList();
        if (!earlier.isEmpty()) {
            throw new BusinessException("designation.alreadyProvided",
                    p.getRecipient() == null ? p.getRecipientName() : p.getRecipient().getCode(),
                    earlier.get(0).toString());
        }
    }

    public List<Provision> provisions(long designationId) {
        access.inScope(designationId);
        return em.createQuery("select p from Provision p left join fetch p.recipient where p.designation.id = :d"
                + " order by p.providedOn, p.id", Provision.class).setParameter("d", designationId).getResultList();
    }

    // ----------------------------------------------------------------------------------------------------------

    private Organization callersOrgan() {
        Long own = caller.organizationId();
        Organization organ = own == null ? null : em.find(Organization.class, own);
        if (organ == null || organ.getKind() != OrganizationKind.ORGAN || !organ.isActive()) {
            throw new BusinessException("designation.notAnOrgan");
        }
        return organ;
    }

    private Designation forChange(long id, long version) {
        Designation d = access.ofOwnOrgan(id);
        if (d.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        return d;
    }

    private void event(Designation d, DesignationEventKind kind, LocalDate on, LocalDate before, LocalDate after,
                       String note) {
        em.persist(new DesignationEvent(d.getId(), kind, clock.now(), caller.name(), on, before, after,
                note == null || note.isEmpty() ? null : note));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
