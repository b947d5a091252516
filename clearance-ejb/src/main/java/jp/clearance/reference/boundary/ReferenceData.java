package jp.clearance.reference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.control.LegalParameters;
import jp.clearance.reference.control.VersionTimeline;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.CategoryKind;
import jp.clearance.reference.entity.InformationCategory;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.Level;
import jp.clearance.reference.entity.Penalty;
import jp.clearance.reference.entity.ReferenceRow;
import jp.clearance.reference.entity.SurveyItem;
import jp.clearance.reference.entity.SurveyQuestion;

/**
 * The legal reference data, versioned by effective date. Every role may read it; other components ask for the
 * version in force on a day ({@link #parameter}, {@link #penalty}, {@link #levels}, {@link #categories},
 * {@link #surveyItems}). Only administrators change it: in place (a correction of a row) or by adding a new
 * version from a day (a revision of the law). Every change is written to the audit trail.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReferenceData {
    static final Set<String> COMMON_SORTABLE = Set.of("code", "act", "nameJa", "nameEn", "article", "source",
            "confirmed", "effectiveFrom", "effectiveTo");

    /** How each table is listed: its own sortable fields and its natural order. */
    record Table(Set<String> sortable, String order) {
    }

    static final Map<Class<? extends ReferenceRow>, Table> TABLES = Map.of(
            Level.class, new Table(Set.of("rank"), "r.rank desc, r.code, r.effectiveFrom"),
            InformationCategory.class, new Table(Set.of("kind", "parentCode", "sortOrder"),
                    "r.act, coalesce(r.parentCode, r.code), r.kind, r.sortOrder, r.code, r.effectiveFrom"),
            SurveyItem.class, new Table(Set.of("sortOrder"), "r.act, r.sortOrder, r.code, r.effectiveFrom"),
            SurveyQuestion.class, new Table(Set.of("itemCode", "sortOrder"),
                    "r.act, r.itemCode, r.sortOrder, r.code, r.effectiveFrom"),
            LegalParameter.class, new Table(Set.of("valueNum", "unit"), "r.act, r.code, r.effectiveFrom"),
            Penalty.class, new Table(Set.of("offence", "maxPrisonMonths", "maxFineYen", "corporateFineYen"),
                    "r.act, r.code, r.effectiveFrom"));

    private static final String IN_FORCE = LegalParameters.IN_FORCE;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    LegalParameters lookup;

    @Inject
    AuditRecorder audit;

    @Inject
    ApplicationClock clock;

    // ----------------------------------------------------------------------------------------------------------
    // Lists for the reference-data page
    // ----------------------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<Level> searchLevels(@NotNull ReferenceFilter filter, @NotNull PageRequest page) {
        return search(Level.class, filter, page);
    }

    /** Categories and items, each item with its category's names (one extra query per page, not per row). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<CategoryRow> searchCategories(@NotNull ReferenceFilter filter, @NotNull PageRequest page) {
        Page<InformationCategory> rows = search(InformationCategory.class, filter, page);
        Set<String> parentCodes = rows.items().stream().map(InformationCategory::getParentCode)
                .filter(c -> c != null).collect(Collectors.toSet());
        Map<String, List<InformationCategory>> parents = parentCodes.isEmpty() ? Map.of()
                : em.createQuery("select r from InformationCategory r where r.code in :codes", InformationCategory.class)
                .setParameter("codes", parentCodes).getResultList().stream()
                .collect(Collectors.groupingBy(InformationCategory::getCode));
        LocalDate on = day(filter);
        List<CategoryRow> items = new ArrayList<>(rows.items().size());
        for (InformationCategory c : rows.items()) {
            InformationCategory parent = c.getParentCode() == null ? null
                    : versionOn(parents.getOrDefault(c.getParentCode(), List.of()), filter.history() ? c.getEffectiveFrom() : on);
            items.add(new CategoryRow(c, parent == null ? null : parent.getNameJa(),
                    parent == null ? null : parent.getNameEn()));
        }
        return new Page<>(items, rows.total());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<SurveyItem> searchSurveyItems(@NotNull ReferenceFilter filter, @NotNull PageRequest page) {
        return search(SurveyItem.class, filter, page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<SurveyQuestion> searchSurveyQuestions(@NotNull ReferenceFilter filter, @NotNull PageRequest page) {
        return search(SurveyQuestion.class, filter, page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<LegalParameter> searchParameters(@NotNull ReferenceFilter filter, @NotNull PageRequest page) {
        return search(LegalParameter.class, filter, page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Page<Penalty> searchPenalties(@NotNull ReferenceFilter filter, @NotNull PageRequest page) {
        return search(Penalty.class, filter, page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public <T extends ReferenceRow> T find(@NotNull Class<T> type, long id) {
        T row = em.find(table(type), id);
        if (row == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return row;
    }

    /** Every version of a code, oldest first. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public <T extends ReferenceRow> List<T> versions(@NotNull Class<T> type, @NotBlank String code) {
        return em.createQuery("select r from " + entityName(type) + " r where r.code = :code order by r.effectiveFrom",
                type).setParameter("code", code).getResultList();
    }

    // ----------------------------------------------------------------------------------------------------------
    // What the other components ask: the version in force on a day
    // ----------------------------------------------------------------------------------------------------------

    /**
     * The parameter in force on a day, e.g. {@code parameter("EVALUATION_VALIDITY", notifiedOn).addTo(notifiedOn)}.
     *
     * @throws BusinessException {@code reference.parameterMissing} (code, day) when no version is in force
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public LegalParameter parameter(@NotBlank String code, @NotNull LocalDate on) {
        return lookup.parameter(code, on);
    }

    /**
     * The penalty in force on a day (the law at the time of the offence).
     *
     * @throws BusinessException {@code reference.penaltyMissing} (code, day) when no version is in force
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Penalty penalty(@NotBlank String code, @NotNull LocalDate on) {
        return lookup.penalty(code, on);
    }

    /** The levels in force on a day, most sensitive first. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<Level> levels(@NotNull LocalDate on) {
        return em.createQuery("select r from Level r where " + IN_FORCE + " order by r.rank desc, r.code", Level.class)
                .setParameter("on", on).getResultList();
    }

    /** The survey items of an act in force on a day, in their order. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<SurveyItem> surveyItems(@NotNull Act act, @NotNull LocalDate on) {
        return em.createQuery("select r from SurveyItem r where r.act = :act and " + IN_FORCE
                        + " order by r.sortOrder, r.code", SurveyItem.class)
                .setParameter("act", act).setParameter("on", on).getResultList();
    }

    /** The survey questions of an act in force on a day, by survey item and in their order (one query). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<SurveyQuestion> surveyQuestions(@NotNull Act act, @NotNull LocalDate on) {
        return em.createQuery("select r from SurveyQuestion r where r.act = :act and " + IN_FORCE
                        + " order by r.itemCode, r.sortOrder, r.code", SurveyQuestion.class)
                .setParameter("act", act).setParameter("on", on).getResultList();
    }

    /**
     * The categories and items of an act in force on a day: each category followed by its items, in order
     * (use {@link InformationCategory#getKind()} and {@link InformationCategory#getParentCode()} to group).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<InformationCategory> categories(@NotNull Act act, @NotNull LocalDate on) {
        return em.createQuery("select r from InformationCategory r where r.act = :act and " + IN_FORCE
                        + " order by " + TABLES.get(InformationCategory.class).order(), InformationCategory.class)
                .setParameter("act", act).setParameter("on", on).getResultList();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Administration
    // ----------------------------------------------------------------------------------------------------------

    /**
     * Corrects a row in place: names, article, source, confirmed, note and the row's own values. Code, act and
     * effective period are not changed here (a revision is {@link #addVersion}).
     *
     * @throws BusinessException {@code concurrentEdit} if the row was saved by someone else since it was read
     */
    @RolesAllowed(Roles.ADMIN)
    public <T extends ReferenceRow> T update(@NotNull T edited) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) table(edited.getClass());
        T current = find(type, edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw new BusinessException("concurrentEdit");
        }
        checkValues(current, edited);
        Map<String, Object> before = current.editableValues();
        Map<String, Object> after = edited.editableValues();
        ChangeLog changes = ChangeLog.create();
        before.forEach((field, value) -> changes.diff(field, value, after.get(field)));
        if (!changes.isEmpty()) {
            current.copyEditableFrom(edited);
            em.flush();
            audit.record(AuditAction.UPDATE, type.getSimpleName(), current.getId(),
                    ChangeLog.create().set("code", current.getCode()) + "; " + changes);
        }
        return current;
    }

    /**
     * Adds a new version of a row, in force from {@code draft.effectiveFrom} (to {@code draft.effectiveTo}, or
     * to where the version it replaces ended when that is empty). The version in force on that day is closed
     * the day before. The draft is a copy of the basis row ({@link ReferenceRow#draftNextVersion}) with the
     * revised values; code, act and kind are those of the basis.
     *
     * @param basisId the row the draft was made from; {@code basisVersion} its version then
     * @throws BusinessException {@code concurrentEdit} if the basis changed since; {@code reference.versionExists},
     *         {@code reference.overlap}, {@code reference.periodInvalid} (see {@link VersionTimeline})
     */
    @RolesAllowed(Roles.ADMIN)
    public <T extends ReferenceRow> T addVersion(long basisId, long basisVersion, @NotNull T draft) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) table(draft.getClass());
        T basis = find(type, basisId);
        if (!basis.sameIdentityAs(draft)) {
            throw new IllegalArgumentException("The draft " + draft + " is not a version of " + basis);
        }
        if (draft.getEffectiveFrom() == null) {
            throw new BusinessException("reference.fromRequired");
        }
        // Lock every version of the code: two administrators adding versions at once are serialised.
        List<T> versions = em.createQuery("select r from " + entityName(type)
                        + " r where r.code = :code order by r.effectiveFrom", type)
                .setParameter("code", basis.getCode())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        T lockedBasis = versions.stream().filter(v -> v.getId().equals(basisId)).findFirst().orElse(basis);
        if (lockedBasis.getVersion() != basisVersion) {
            throw new BusinessException("concurrentEdit");
        }
        checkValues(basis, draft);
        VersionTimeline.Plan plan = VersionTimeline.plan(basis.getCode(),
                versions.stream().map(v -> new VersionTimeline.Span(v.getId(), v.getEffectiveFrom(), v.getEffectiveTo()))
                        .toList(),
                draft.getEffectiveFrom(), draft.getEffectiveTo());

        if (plan.closeId() != null) {
            T replaced = versions.stream().filter(v -> v.getId().equals(plan.closeId())).findFirst().orElseThrow();
            LocalDate oldTo = replaced.getEffectiveTo();
            replaced.setEffectiveTo(plan.closeOn());
            audit.record(AuditAction.UPDATE, type.getSimpleName(), replaced.getId(), ChangeLog.create()
                    .set("code", replaced.getCode()).diff("effectiveTo", oldTo, plan.closeOn())
                    .set("supersededFrom", plan.from()).toString());
        }
        T created = type.cast(draft.draftNextVersion(plan.from()));
        created.setEffectiveTo(plan.to());
        em.persist(created);
        em.flush();
        ChangeLog log = ChangeLog.create().set("code", created.getCode()).set("act", created.getAct())
                .set("effectiveFrom", created.getEffectiveFrom()).set("effectiveTo", created.getEffectiveTo())
                .set("replaces", plan.closeId());
        created.editableValues().forEach(log::set);
        audit.record(AuditAction.CREATE, type.getSimpleName(), created.getId(), log.toString());
        return created;
    }

    // ----------------------------------------------------------------------------------------------------------

    /** The rules a row's values must keep beyond its field constraints. */
    private void checkValues(ReferenceRow identity, ReferenceRow values) {
        if (values instanceof Penalty p && !p.hasValidCombination()) {
            throw new BusinessException("reference.penaltyCombination");
        }
        if (values instanceof InformationCategory c) {
            InformationCategory kindOf = (InformationCategory) identity;
            if (kindOf.getKind() == CategoryKind.CATEGORY ? c.getParentCode() != null
                    : c.getParentCode() == null || c.getParentCode().equals(kindOf.getCode())) {
                throw new BusinessException("reference.parentInvalid");
            }
            if (c.getParentCode() != null && em.createQuery("select count(r) from InformationCategory r where "
                            + "r.code = :code and r.act = :act and r.kind = :kind", Long.class)
                    .setParameter("code", c.getParentCode()).setParameter("act", kindOf.getAct())
                    .setParameter("kind", CategoryKind.CATEGORY).getSingleResult() == 0) {
                throw new BusinessException("reference.parentUnknown", c.getParentCode());
            }
        }
    }

    private <T extends ReferenceRow> Page<T> search(Class<T> type, ReferenceFilter filter, PageRequest page) {
        Table table = TABLES.get(type);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.act() != null) {
            where.add("r.act = :act");
            params.put("act", filter.act());
        }
        if (!filter.history()) {
            where.add(IN_FORCE);
            params.put("on", day(filter));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(upper(r.code) like :text or upper(r.nameJa) like :text"
                    + " or upper(r.nameEn) like :text)");
            params.put("text", "%" + escapeLike(filter.text().trim().toUpperCase()) + "%");
        }
        if (filter.confirmed() != null) {
            where.add("r.confirmed = :confirmed");
            params.put("confirmed", filter.confirmed());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String sortField = page.sortField();
        String order = sortField != null && (COMMON_SORTABLE.contains(sortField) || table.sortable().contains(sortField))
                ? "r." + sortField + (page.ascending() ? " asc" : " desc") + ", " + table.order()
                : table.order();
        String entity = entityName(type);
        TypedQuery<T> query = em.createQuery("select r from " + entity + " r" + clause + " order by " + order
                + ", r.id", type);
        TypedQuery<Long> count = em.createQuery("select count(r) from " + entity + " r" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    private <T extends ReferenceRow> java.util.Optional<T> inForce(Class<T> type, String code, LocalDate on) {
        return lookup.inForce(table(type), code, on);
    }

    private LocalDate day(ReferenceFilter filter) {
        return filter.on() != null ? filter.on() : clock.today();
    }

    /** The version in force on a day, else the latest one. */
    private static <T extends ReferenceRow> T versionOn(List<T> versions, LocalDate on) {
        return versions.stream().filter(v -> v.inForceOn(on)).findFirst()
                .orElseGet(() -> versions.stream().max(Comparator.comparing(ReferenceRow::getEffectiveFrom)).orElse(null));
    }

    private static <T extends ReferenceRow> Class<T> table(Class<T> type) {
        if (!TABLES.containsKey(type)) {
            throw new IllegalArgumentException("Not a reference table: " + type);
        }
        return type;
    }

    private static String entityName(Class<?> type) {
        return table(type.asSubclass(ReferenceRow.class)).getSimpleName();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
