package jp.clearance.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.person.control.NameSearch;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.platform.time.Dates;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.Level;
import jp.clearance.vetting.control.EligibilityPeriods;
import jp.clearance.vetting.control.NominationCsv;
import jp.clearance.vetting.control.NominationScope;
import jp.clearance.vetting.control.VettingPdf;
import jp.clearance.vetting.control.VettingPdf.Block;
import jp.clearance.vetting.control.VettingSupport;
import jp.clearance.vetting.entity.CircumstanceChange;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityStatus;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.vetting.entity.TransferReason;

/**
 * Eligibility evaluations: nomination (one person, or a CSV list, all or nothing), notice and consent, refusal and
 * withdrawal (each opens a transfer record), where a case stands, work queues with ages and overdue markers, and reuse
 * of another organ's favourable evaluation. The questionnaire is {@link Questionnaires}, the investigation
 * {@link Investigations}, the decision {@link Adjudications}, certificates {@link Certificates}.
 */
@Stateless
@RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
public class Evaluations {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    VettingSupport support;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    Notifier notifier;

    @Inject
    ReferenceData reference;

    @Inject
    jp.clearance.audit.control.AuditReader auditReader;

    @Inject
    EvaluationViews views;

    @Inject
    EligibilityPeriods periods;

    @Inject
    NominationScope nominationScope;

    // ------------------------------------------------------------------------------------------------------------
    // Nomination
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Nominates a person of the officer's organization (or of a conforming entity the officer's organ certified:
     * {@link NominationScope}) for a level, naming the designations or duties concerned; anyone else is answered as an
     * unknown person. Refused when the person already has an open evaluation for that level.
     */
    public Evaluation nominate(long personId, String levelCode, String scope) {
        Person person = em.find(Person.class, personId);
        if (person == null || !mayNominate(person)) {
            throw new NotFoundException("Person", personId);
        }
        return create(person, levelCode, scope, null, null);
    }

    /**
     * Nominates every person of a CSV list ({@link NominationCsv}), or none: every line is checked first, and any error
     * (per line) leaves the database untouched.
     */
    public ImportReport importNominations(String csv) {
        NominationCsv.Result parsed = NominationCsv.parse(csv);
        List<NominationCsv.Error> errors = new ArrayList<>(parsed.errors());
        Set<String> levels = new HashSet<>();
        reference.levels(clock.today()).forEach(l -> levels.add(l.getCode()));
        Set<String> seen = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (NominationCsv.Row row : parsed.rows()) {
            List<Person> found = em.createQuery("select p from Person p join fetch p.employer e where e.code = :e"
                            + " and p.staffNumber = :n", Person.class)
                    .setParameter("e", row.employerCode()).setParameter("n", row.staffNumber()).getResultList();
            Person p = found.isEmpty() ? null : found.get(0);
            if (p == null || !mayNominate(p)) {
                errors.add(new NominationCsv.Error(row.line(), "vetting.import.unknownPerson",
                        List.of(row.employerCode(), row.staffNumber())));
            } else if (!p.isActive()) {
                errors.add(new NominationCsv.Error(row.line(), "vetting.import.inactivePerson",
                        List.of(row.employerCode(), row.staffNumber())));
            } else if (!levels.contains(row.levelCode())) {
                errors.add(new NominationCsv.Error(row.line(), "vetting.import.unknownLevel", List.of(row.levelCode())));
            } else if (row.scope().length() > Evaluation.SCOPE_LENGTH) {
                errors.add(new NominationCsv.Error(row.line(), "vetting.import.scopeTooLong",
                        List.of(Integer.toString(Evaluation.SCOPE_LENGTH))));
            } else if (!seen.add(p.getId() + "/" + row.levelCode())) {
                errors.add(new NominationCsv.Error(row.line(), "vetting.import.duplicate",
                        List.of(row.employerCode(), row.staffNumber())));
            } else if (hasOpen(p.getId(), row.levelCode())) {
                errors.add(new NominationCsv.Error(row.line(), "vetting.import.alreadyOpen",
                        List.of(row.employerCode(), row.staffNumber())));
            }
            people.add(p);
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ImportReport(null, List.of(), errors);
        }
        String batch = UUID.randomUUID().toString();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            NominationCsv.Row row = parsed.rows().get(i);
            created.add(create(people.get(i), row.levelCode(), row.scope(), batch, null).getId());
        }
        audit.record(AuditAction.CREATE, "NominationImport", batch, "rows=" + created.size());
        return new ImportReport(batch, created, List.of());
    }

    /** Withdraws a nomination the person has not yet answered; the person is told that no answer is needed. */
    public Evaluation cancel(long id, long version) {
        Evaluation e = support.lock(id);
        if (!support.isOfficerOfRequestingOrgan(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        support.checkVersion(e, version);
        support.move(e, EvaluationState.CANCELLED, null);
        Organization organ = e.getRequestingOrgan();
        support.usernameOf(e.getPerson().getId()).ifPresent(u -> notifier.toUser(u, "notification.vetting.cancelled",
                "Evaluation", e.getId(), organ.getNameJa(), organ.getNameEn()));
        return e;
    }

    /** Starts a re-evaluation of the holder of an eligibility record (e.g. after a change of circumstances). */
    public Evaluation reEvaluate(long eligibilityId, String scope) {
        Eligibility el = em.find(Eligibility.class, eligibilityId);
        if (el == null || !mayNominate(el.getPerson())) {
            throw new NotFoundException("Eligibility", eligibilityId);
        }
        return create(el.getPerson(), el.getLevelCode(), scope, null, eligibilityId);
    }

    private Evaluation create(Person person, String levelCode, String scope, String batch, Long previousEligibilityId) {
        if (scope == null || scope.isBlank()) {
            throw new BusinessException("vetting.scopeRequired");
        }
        if (scope.length() > Evaluation.SCOPE_LENGTH) {
            throw new BusinessException("vetting.scopeTooLong", Evaluation.SCOPE_LENGTH);
        }
        if (reference.levels(clock.today()).stream().map(Level::getCode).noneMatch(c -> c.equals(levelCode))) {
            throw new BusinessException("vetting.unknownLevel", levelCode);
        }
        if (!person.isActive()) {
            throw new BusinessException("vetting.personInactive");
        }
        if (hasOpen(person.getId(), levelCode)) {
            throw new BusinessException("vetting.alreadyOpen", person.fullName(), levelCode);
        }
        Organization organ = em.find(Organization.class, caller.organizationId());
        if (organ == null || organ.getKind() != OrganizationKind.ORGAN) {
            throw new BusinessException("vetting.notAnOrgan");
        }
        Organization investigating = organ.isOwnInvestigation() ? organ : support.centralOrganization();
        Evaluation e = new Evaluation(person, levelCode, organ, investigating, scope.trim(), clock.now());
        e.setImportBatch(batch);
        e.setPreviousEligibilityId(previousEligibilityId);
        e.stamp(caller.name(), clock.now());
        em.persist(e);
        em.flush();
        audit.record(AuditAction.CREATE, "Evaluation", e.getId(), ChangeLog.create().set("person", person.getId())
                .set("level", levelCode).set("organ", organ.getCode()).set("investigatingOrg", investigating.getCode())
                .set("batch", batch).set("previousEligibility", previousEligibilityId).toString());
        support.usernameOf(person.getId()).ifPresent(u ->
                notifier.toUser(u, "notification.vetting.nominated", "Evaluation", e.getId(), organ.getNameJa(), organ.getNameEn()));
        if (previousEligibilityId != null) {
            support.announce(e); // a re-evaluation on a doubt may end the person's access (HandlerRule)
        }
        return e;
    }

    /** The one statement of whom the caller may nominate: {@link NominationScope}. */
    private boolean mayNominate(Person p) {
        return nominationScope.mayNominate(p);
    }

    private boolean hasOpen(long personId, String levelCode) {
        return !em.createQuery("select e.id from Evaluation e where e.person.id = :p and e.levelCode = :l"
                        + " and e.state in :open", Long.class).setParameter("p", personId).setParameter("l", levelCode)
                .setParameter("open", EvaluationState.open()).setMaxResults(1).getResultList().isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The person: notice, consent, refusal, withdrawal
    // ------------------------------------------------------------------------------------------------------------

    /** The caller's own evaluations (status only), newest first. */
    @RolesAllowed(Roles.EMPLOYEE)
    public List<EvaluationView> mine() {
        Long personId = support.callerPersonId().orElse(-1L);
        return em.createQuery("select e from Evaluation e join fetch e.person join fetch e.requestingOrgan"
                        + " join fetch e.employer where e.person.id = :p order by e.id desc", Evaluation.class)
                .setParameter("p", personId).setMaxResults(100).getResultList().stream().map(views::view).toList();
    }

    /** The version of the notice the person reads before consenting (reference data). */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER, Roles.AUDITOR})
    public int noticeVersion() {
        return reference.parameter("CONSENT_NOTICE_VERSION", clock.today()).intValue();
    }

    /**
     * The person consents, having read the notice of version {@code noticeVersion} (must be the one in force);
     * {@code withholdReasons}: they ask not to receive the reasons of an unfavourable result.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public Evaluation consent(long id, long version, int noticeVersion, boolean withholdReasons) {
        Evaluation e = support.lock(id);
        support.requirePerson(e);
        support.checkVersion(e, version);
        if (noticeVersion != noticeVersion()) {
            throw new BusinessException("vetting.noticeOutdated");
        }
        support.move(e, EvaluationState.QUESTIONNAIRE, "notice=" + noticeVersion + "; withholdReasons=" + withholdReasons);
        e.consent(clock.now(), noticeVersion, withholdReasons);
        return e;
    }

    /** The person refuses: the letter of non-consent is to be signed, and a transfer record is opened. */
    @RolesAllowed(Roles.EMPLOYEE)
    public Evaluation refuse(long id, long version) {
        Evaluation e = support.lock(id);
        support.requirePerson(e);
        support.checkVersion(e, version);
        support.move(e, EvaluationState.REFUSED, null);
        support.openTransfer(e, TransferReason.REFUSAL);
        notifier.toRole(e.getRequestingOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.refused",
                "Evaluation", e.getId(), e.getPerson().fullName());
        return e;
    }

    /** The person withdraws consent before the decision: the evaluation ends as a refusal does. */
    @RolesAllowed(Roles.EMPLOYEE)
    public Evaluation withdraw(long id, long version) {
        Evaluation e = support.lock(id);
        support.requirePerson(e);
        support.checkVersion(e, version);
        if (e.getState() == EvaluationState.NOMINATED) {
            throw new BusinessException("vetting.withdrawBeforeConsent");
        }
        support.move(e, EvaluationState.WITHDRAWN, null);
        support.openTransfer(e, TransferReason.WITHDRAWAL);
        notifier.toRole(e.getRequestingOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.withdrawn",
                "Evaluation", e.getId(), e.getPerson().fullName());
        return e;
    }

    /** The letter of non-consent (不同意書) of a refused or withdrawn evaluation, as a PDF for signature. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER})
    public byte[] nonConsentLetter(long id) {
        Evaluation e = support.find(id);
        if (!support.isPerson(e) && !support.isOfficer(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        if (e.getState() != EvaluationState.REFUSED && e.getState() != EvaluationState.WITHDRAWN) {
            throw new BusinessException("vetting.noLetter");
        }
        audit.record(AuditAction.EXPORT, "Evaluation", id, "nonConsentLetter");
        Person p = e.getPerson();
        String what = e.getState() == EvaluationState.REFUSED ? "適性評価の実施に同意しません。" : "適性評価の実施についての同意を撤回します。";
        // the level by its name (issue 15, item 8: the letter printed the code, CONFIDENTIAL)
        String level = reference.levels(e.getStateChangedAt().toLocalDate()).stream()
                .filter(l -> l.getCode().equals(e.getLevelCode())).map(l -> l.getNameJa()).findFirst()
                .orElse(e.getLevelCode());
        return VettingPdf.render("不同意書", List.of(
                Block.title("不同意書"),
                Block.text(e.getRequestingOrgan().getNameJa() + "の長　殿"),
                Block.text("私は、" + level + "（" + e.getScope() + "）に係る" + what),
                Block.text("同意しないことを理由として不利益な取扱いを受けないことの説明を受けました。"),
                Block.text("評価番号: " + e.getId() + "　日付: " + Dates.era(e.getStateChangedAt().toLocalDate(), Locale.JAPANESE)),
                Block.text("所属: " + p.getEmployer().getNameJa()),
                Block.signature("氏名: " + p.fullName() + "　署名"),
                Block.text("Letter of non-consent (English): I do not consent to, or withdraw my consent to, the eligibility"
                        + " evaluation. I was told that I must not be treated unfavourably for this. Date: "
                        + Dates.format(e.getStateChangedAt().toLocalDate(), Locale.ENGLISH))));
    }

    /**
     * The officer records that the signed letter of non-consent of a refusal or withdrawal was received, on a day
     * (not in the future, not before the refusal). Recording again corrects the day; audited.
     */
    @RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
    public Evaluation recordSignedLetter(long id, long version, LocalDate receivedOn) {
        Evaluation e = support.lock(id);
        if (!support.isOfficer(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        support.checkVersion(e, version);
        if (e.getState() != EvaluationState.REFUSED && e.getState() != EvaluationState.WITHDRAWN) {
            throw new BusinessException("vetting.noLetter");
        }
        if (receivedOn == null) {
            throw new BusinessException("vetting.letter.dateRequired");
        }
        if (receivedOn.isAfter(clock.today())) {
            throw new BusinessException("vetting.letter.future");
        }
        if (receivedOn.isBefore(e.getStateChangedAt().toLocalDate())) {
            throw new BusinessException("vetting.letter.beforeRefusal", e.getStateChangedAt().toLocalDate());
        }
        LocalDate before = e.getLetterReceivedOn();
        e.recordLetter(receivedOn, caller.name());
        e.stamp(caller.name(), clock.now());
        audit.record(AuditAction.UPDATE, "Evaluation", id, ChangeLog.create().set("letter", "signed letter of non-consent received").diff("letterReceivedOn", before, receivedOn)
                .toString());
        return e;
    }

    /**
     * The result as told to the person: with the reasons of an unfavourable result unless they asked not to receive
     * them. Officers of the requesting organ or the employer learn the result only (no reasons). Audited for the person.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER})
    public Result result(long id) {
        Evaluation e = support.find(id);
        boolean person = support.isPerson(e);
        if (!person && !support.isOfficer(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        if (e.getState() != EvaluationState.FAVOURABLE && e.getState() != EvaluationState.UNFAVOURABLE) {
            throw new BusinessException("vetting.noResult");
        }
        Eligibility el = eligibilityOf(e);
        String reasons = null;
        if (person && e.getState() == EvaluationState.UNFAVOURABLE && !e.isWithholdReasons()) {
            reasons = e.getDecisionReasons();
            audit.record(AuditAction.READ, "Evaluation", id, "purpose=result notified to the person");
        }
        return new Result(e.getId(), e.getState().name(), e.getDecidedOn(), el == null ? null : el.getValidUntil(),
                reasons, person && e.isWithholdReasons(), el == null ? null : el.getId());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Status and queues
    // ------------------------------------------------------------------------------------------------------------

    /** Where an evaluation stands and what happens next, for everyone involved; no answers, findings or reasons. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR})
    public EvaluationView status(long id) {
        Evaluation e = support.find(id);
        support.requireStatus(e);
        return views.view(e);
    }

    /**
     * The history of an evaluation, oldest first: its nomination and every change of state, with who acted and when
     * (the audit trail's entries of the case, which are never rewritten). For everyone who may see where it stands; the
     * person sees the staff by role only.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR})
    public List<EvaluationStep> history(long id) {
        Evaluation e = support.find(id);
        support.requireStatus(e);
        boolean person = support.isPerson(e);
        String self = caller.name();
        List<EvaluationStep> steps = new ArrayList<>();
        for (jp.clearance.audit.boundary.AuditRow r : auditReader.of("Evaluation", id,
                java.util.EnumSet.of(AuditAction.CREATE, AuditAction.TRANSITION))) {
            String from = null;
            String to = EvaluationState.NOMINATED.name();
            if (r.action() == AuditAction.TRANSITION) {
                java.util.regex.Matcher m = TRANSITION.matcher(r.detail() == null ? "" : r.detail());
                if (!m.lookingAt()) {
                    continue;
                }
                from = m.group(1);
                to = m.group(2);
            }
            boolean named = !person || r.actor().equals(self);
            steps.add(new EvaluationStep(r.occurredAt(), from, to, named ? r.actorNameJa() : null,
                    named ? r.actorNameEn() : null, r.actorRoles()));
        }
        return steps;
    }

    /** How {@link VettingSupport#move} writes a transition on the audit trail: {@code SUBMITTED -> INVESTIGATING; ...}. */
    private static final java.util.regex.Pattern TRANSITION = java.util.regex.Pattern.compile("([A-Z]+) -> ([A-Z]+)");

    /** The work queue of the caller's role, paged and filtered in the database, with ages and overdue markers. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR})
    public Page<EvaluationRow> queue(QueueFilter filter, PageRequest page) {
        String view = filter.view() != null && caller.hasRole(filter.view()) ? filter.view() : defaultView();
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        switch (view) {
            case Roles.AGENCY_SECURITY_OFFICER -> {
                if (!caller.isCentral()) {
                    where.add("(e.requestingOrgan.id = :org or e.employer.id = :org)");
                    params.put("org", caller.organizationId());
                }
            }
            case Roles.INVESTIGATOR -> {
                where.add("e.investigatingOrg.id = :org and e.state in :states");
                params.put("org", caller.organizationId());
                params.put("states", EvaluationState.investigationQueue());
                if (filter.mine()) {
                    where.add("e.investigator = :me");
                    params.put("me", caller.name());
                }
            }
            case Roles.ADJUDICATOR -> {
                where.add("e.requestingOrgan.id = :org and e.state in :states");
                params.put("org", caller.organizationId());
                params.put("states", Set.of(EvaluationState.REPORTED, EvaluationState.FAVOURABLE,
                        EvaluationState.UNFAVOURABLE));
            }
            case Roles.AUDITOR -> {
            }
            default -> {
                where.add("e.person.id = :person");
                params.put("person", support.callerPersonId().orElse(-1L));
            }
        }
        if (filter.state() != null) {
            where.add("e.state = :state");
            params.put("state", filter.state());
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (text.matches("\\d{1,18}")) {
            where.add("e.id = :number");
            params.put("number", Long.valueOf(text));
        } else {
            NameSearch.criterion(text).ifPresent(name -> {
                where.add(name.jpql("e.person"));
                params.putAll(name.parameters());
            });
        }
        Map<EvaluationState, Long> targets = views.targets();
        if (filter.overdueOnly()) {
            List<String> overdue = new ArrayList<>();
            targets.forEach((state, days) -> {
                overdue.add("(e.state = :os_" + state + " and e.stateChangedAt < :od_" + state + ")");
                params.put("os_" + state, state);
                params.put("od_" + state, clock.today().minusDays(days).atStartOfDay());
            });
            where.add("(" + String.join(" or ", overdue) + ")");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Object[]> query = em.createQuery("select e.id, p.id, p.familyName, p.givenName, e.levelCode, o.code,"
                + " o.nameJa, o.nameEn, e.state, e.stateChangedAt, e.investigator, ip.familyName, ip.givenName"
                + " from Evaluation e join e.person p join e.requestingOrgan o"
                + " left join UserAccount ia on ia.username = e.investigator left join ia.person ip" + clause + " order by e.stateChangedAt" + (page.ascending() ? " asc" : " desc")
                + ", e.id", Object[].class);
        TypedQuery<Long> ids = em.createQuery("select e.id from Evaluation e" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        List<EvaluationRow> rows = new ArrayList<>();
        for (Object[] r : query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()) {
            EvaluationState state = (EvaluationState) r[8];
            LocalDateTime since = (LocalDateTime) r[9];
            long age = support.ageDays(since);
            long target = targets.getOrDefault(state, 0L);
            rows.add(new EvaluationRow((Long) r[0], (Long) r[1], r[2] + " " + r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], state.name(), since, (String) r[10],
                    r[10] == null ? null : r[11] == null ? (String) r[10] : r[11] + " " + r[12], age, target,
                    target > 0 && age > target));
        }
        return Counting.page(rows, Counting.capped(ids));
    }

    private String defaultView() {
        for (String role : List.of(Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR)) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return Roles.EMPLOYEE;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reuse across agencies
    // ------------------------------------------------------------------------------------------------------------

    /**
     * The eligibility records of the same person that may spare a new investigation, newest first, and whether each may
     * be reused now: records of other organs, and 2013-Act (SDS) records of any organ (Art 12(1)(i)(ロ) of the 2024 Act:
     * a favourable SDS evaluation by the same head notified within SDS_REUSE_WINDOW).
     */
    public List<ReuseCandidate> reusable(long id) {
        Evaluation e = support.find(id);
        if (!support.isOfficerOfRequestingOrgan(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        Map<String, Level> levels = levelsByCode();
        List<ReuseCandidate> out = new ArrayList<>();
        for (Eligibility el : reuseCandidates(e, levels)) {
            Level level = levels.get(el.getLevelCode());
            Organization o = el.getOrgan();
            out.add(new ReuseCandidate(el.getId(), el.getEvaluationId(), el.getSource().name(),
                    level == null ? null : level.getAct().name(), o.getCode(), o.getNameJa(), o.getNameEn(),
                    el.getLevelCode(), el.getNotifiedOn(), el.getValidUntil(), el.getExternalReference(),
                    blocked(e, el, levels)));
        }
        return out;
    }

    /**
     * Decides on the basis of a prior favourable result: the case goes straight to this organ's adjudicator, with the
     * latest investigation behind that result (none in Clearance for an external record), and no new one. Refused when
     * the record is not valid, does not cover the level, is a 2013-Act result older than the reuse window, or new
     * adverse information (a change of circumstances) was reported since.
     *
     * @param eligibilityId the record reused (one of {@link #reusable})
     */
    public Evaluation reuse(long id, long version, long eligibilityId) {
        Evaluation e = support.lock(id);
        if (!support.isOfficerOfRequestingOrgan(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        support.checkVersion(e, version);
        Map<String, Level> levels = levelsByCode();
        Eligibility prior = reuseCandidates(e, levels).stream().filter(c -> c.getId().equals(eligibilityId)).findFirst()
                .orElseThrow(() -> new BusinessException("vetting.reuse.notFound"));
        String blocked = blocked(e, prior, levels);
        if (blocked != null) {
            throw new BusinessException(blocked);
        }
        e.setReusedEligibility(prior);
        String detail;
        if (prior.getEvaluationId() != null) {
            Evaluation priorEvaluation = support.find(prior.getEvaluationId());
            Evaluation investigated = priorEvaluation.getReusedEvaluation() != null
                    ? priorEvaluation.getReusedEvaluation() : priorEvaluation;
            e.setReusedEvaluation(investigated);
            detail = "reuse of evaluation " + investigated.getId() + " (via " + priorEvaluation.getId() + ", eligibility "
                    + prior.getId() + ")";
        } else {
            detail = "reuse of eligibility " + prior.getId() + " (" + prior.getSource() + ", " + prior.getLevelCode()
                    + ", " + prior.getOrgan().getCode() + (prior.getExternalReference() == null ? ""
                    : ", ref " + prior.getExternalReference()) + ", notified " + prior.getNotifiedOn() + ")";
        }
        support.move(e, EvaluationState.REPORTED, detail);
        notifier.toRole(e.getRequestingOrgan().getId(), Roles.ADJUDICATOR, "notification.vetting.reported",
                "Evaluation", e.getId(), e.getPerson().fullName());
        return e;
    }

    /** As {@link #reuse}, naming the evaluation behind the record (the API's {@code priorId}). */
    public Evaluation reuseEvaluation(long id, long version, long priorEvaluationId) {
        Eligibility el = eligibilityOfEvaluation(priorEvaluationId);
        if (el == null) {
            throw new BusinessException("vetting.reuse.notFound");
        }
        return reuse(id, version, el.getId());
    }

    /** Favourable records of the person that could be reused for this evaluation, newest first (at most 20). */
    private List<Eligibility> reuseCandidates(Evaluation e, Map<String, Level> levels) {
        List<String> sds = levels.values().stream().filter(l -> l.getAct() == Act.SDS_2013).map(Level::getCode).toList();
        return em.createQuery("select l from Eligibility l join fetch l.organ where l.person.id = :person"
                        + " and (l.organ.id <> :organ or l.levelCode in :sds)"
                        + " and (l.evaluationId is null or l.evaluationId <> :id) and l.id <> :previous"
                        + " order by l.notifiedOn desc, l.id desc", Eligibility.class)
                .setParameter("person", e.getPerson().getId()).setParameter("organ", e.getRequestingOrgan().getId())
                .setParameter("sds", sds.isEmpty() ? List.of("-") : sds).setParameter("id", e.getId())
                .setParameter("previous", e.getPreviousEligibilityId() == null ? -1L : e.getPreviousEligibilityId())
                .setMaxResults(20).getResultList();
    }

    private Eligibility eligibilityOf(Evaluation prior) {
        return eligibilityOfEvaluation(prior.getId());
    }

    private Eligibility eligibilityOfEvaluation(long evaluationId) {
        return em.createQuery("select l from Eligibility l where l.evaluationId = :e", Eligibility.class)
                .setParameter("e", evaluationId).getResultStream().findFirst().orElse(null);
    }

    /** Why a prior record cannot be reused (an error key), or null. */
    private String blocked(Evaluation e, Eligibility prior, Map<String, Level> levels) {
        if (e.getState() != EvaluationState.QUESTIONNAIRE) {
            return "vetting.reuse.notConsented";
        }
        LocalDate today = clock.today();
        if (prior.getStatus() != EligibilityStatus.VALID || !prior.isValidOn(today)) {
            return "vetting.reuse.notValid";
        }
        Level priorLevel = levels.get(prior.getLevelCode());
        if (priorLevel == null || rank(levels, prior.getLevelCode()) < rank(levels, e.getLevelCode())) {
            return "vetting.reuse.level";
        }
        if (priorLevel.getAct() == Act.SDS_2013 && prior.getNotifiedOn().isBefore(periods.sdsReuseSince(today))) {
            return "vetting.reuse.sdsWindow";
        }
        boolean adverse = !em.createQuery("select c.id from CircumstanceChange c where c.person.id = :p"
                        + " and c.reportedOn >= :since", Long.class).setParameter("p", e.getPerson().getId())
                .setParameter("since", prior.getNotifiedOn()).setMaxResults(1).getResultList().isEmpty();
        return adverse ? "vetting.reuse.newInformation" : null;
    }

    private Map<String, Level> levelsByCode() {
        Map<String, Level> out = new HashMap<>();
        reference.levels(clock.today()).forEach(l -> out.put(l.getCode(), l));
        return out;
    }

    private static int rank(Map<String, Level> levels, String levelCode) {
        Level l = levels.get(levelCode);
        return l == null ? 0 : l.getRank();
    }
}
