package jp.clearance.vetting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
import jp.clearance.organization.entity.Organization;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.SurveyItem;
import jp.clearance.reference.entity.SurveyQuestion;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationChanged;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.vetting.entity.TransferReason;
import jp.clearance.vetting.entity.TransferRecord;

/**
 * What the vetting boundaries share: loading an evaluation with a version check, the one way a state changes (checked
 * against {@link EvaluationState}, audited, stamped), who the caller is in an evaluation (the person, the assigned
 * investigator, the adjudicator of the requesting organ: the privacy circle), transfer records, reference periods.
 */
@Dependent
public class VettingSupport {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

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
    Event<EvaluationChanged> changed;

    /** The evaluation, locked for the rest of the transaction (two clicks at once are serialised). */
    public Evaluation lock(long id) {
        Evaluation e = em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFoundException("Evaluation", id);
        }
        return e;
    }

    public Evaluation find(long id) {
        Evaluation e = em.find(Evaluation.class, id);
        if (e == null) {
            throw new NotFoundException("Evaluation", id);
        }
        return e;
    }

    /** Fails with {@code concurrentEdit} when the form showed an older version. */
    public void checkVersion(Evaluation e, long version) {
        if (e.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
    }

    /** The one way an evaluation changes state: refused unless the state machine allows it; audited. */
    public void move(Evaluation e, EvaluationState target, String detail) {
        if (!e.getState().canMoveTo(target)) {
            throw new BusinessException("vetting.transition", e.getState().name(), target.name());
        }
        EvaluationState from = e.getState();
        e.moveTo(target, clock.now());
        e.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Evaluation", e.getId(),
                from + " -> " + target + (detail == null || detail.isBlank() ? "" : "; " + detail));
        announce(e);
    }

    /** Tells the observers (the handler registers) that the evaluation changed or was opened. */
    public void announce(Evaluation e) {
        changed.fire(new EvaluationChanged(e.getId(), e.getPerson().getId(), e.getState()));
    }

    /** The person linked to the caller's account, if any. */
    public Optional<Long> callerPersonId() {
        return em.createQuery("select a.person.id from UserAccount a where a.username = :u and a.person is not null",
                Long.class).setParameter("u", caller.name()).getResultStream().findFirst();
    }

    /** The login of a person, if they have one (for notifications). */
    public Optional<String> usernameOf(long personId) {
        return em.createQuery("select a.username from UserAccount a where a.person.id = :p and a.active = true"
                + " order by a.id", String.class).setParameter("p", personId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public boolean isPerson(Evaluation e) {
        return caller.hasRole(Roles.EMPLOYEE) && callerPersonId().map(id -> id.equals(e.getPerson().getId())).orElse(false);
    }

    /** The person themselves, or the evaluation does not exist for the caller. */
    public void requirePerson(Evaluation e) {
        if (!isPerson(e)) {
            throw new NotFoundException("Evaluation", e.getId());
        }
    }

    public boolean isAssignedInvestigator(Evaluation e) {
        return caller.hasRole(Roles.INVESTIGATOR) && caller.name().equals(e.getInvestigator());
    }

    public boolean isInvestigatingOrg(Evaluation e) {
        return caller.hasRole(Roles.INVESTIGATOR) && e.getInvestigatingOrg().getId().equals(caller.organizationId());
    }

    /**
     * The case is in the caller's desk queue: an investigator of the investigating body, in a state of
     * {@link EvaluationState#investigationQueue()} (the same definition as the investigator's queue).
     */
    public boolean isInDeskQueue(Evaluation e) {
        return isInvestigatingOrg(e) && EvaluationState.investigationQueue().contains(e.getState());
    }

    /** An investigator knows of a case assigned to them or in their desk's queue, of no other. */
    public boolean isInvestigatorOf(Evaluation e) {
        return isAssignedInvestigator(e) || isInDeskQueue(e);
    }

    public boolean isAdjudicator(Evaluation e) {
        return caller.hasRole(Roles.ADJUDICATOR) && e.getRequestingOrgan().getId().equals(caller.organizationId());
    }

    /** An officer of the requesting organ or of the employer (the Cabinet Office's officers see all). */
    public boolean isOfficer(Evaluation e) {
        if (!caller.hasRole(Roles.AGENCY_SECURITY_OFFICER)) {
            return false;
        }
        Long org = caller.organizationId();
        return caller.isCentral() || e.getRequestingOrgan().getId().equals(org) || e.getEmployer().getId().equals(org);
    }

    public boolean isOfficerOfRequestingOrgan(Evaluation e) {
        return caller.hasRole(Roles.AGENCY_SECURITY_OFFICER) && e.getRequestingOrgan().getId().equals(caller.organizationId());
    }

    /** Whoever may see an evaluation's status (never its answers, findings or reasons by that alone). */
    public boolean maySeeStatus(Evaluation e) {
        return isPerson(e) || isOfficer(e) || isInvestigatorOf(e) || isAdjudicator(e) || caller.hasRole(Roles.AUDITOR);
    }

    public void requireStatus(Evaluation e) {
        if (!maySeeStatus(e)) {
            throw new NotFoundException("Evaluation", e.getId());
        }
    }

    /**
     * The privacy circle for the investigation file (answers, checklist, findings, report): the assigned investigator,
     * the adjudicator of the requesting organ once there is a report, and auditors. The person reads their own answers
     * only (see {@link #requireAnswersReader}).
     */
    public boolean inFileCircle(Evaluation e) {
        boolean reported = e.getState() == EvaluationState.REPORTED || e.getState() == EvaluationState.FAVOURABLE
                || e.getState() == EvaluationState.UNFAVOURABLE;
        return isAssignedInvestigator(e) || (isAdjudicator(e) && reported) || caller.hasRole(Roles.AUDITOR);
    }

    public void requireAnswersReader(Evaluation e) {
        if (!isPerson(e) && !inFileCircle(e)) {
            if (maySeeStatus(e)) {
                throw new BusinessException("vetting.privacy");
            }
            throw new NotFoundException("Evaluation", e.getId());
        }
    }

    /** Audits a read of the evaluation's personal data, with its purpose (required). */
    public void auditRead(String entityType, long id, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new BusinessException("vetting.purposeRequired");
        }
        audit.record(AuditAction.READ, entityType, id, "purpose=" + purpose.trim());
    }

    /** Opens a transfer record out of the handling section and tells the employer's officers (and nothing else). */
    public TransferRecord openTransfer(Evaluation e, TransferReason reason) {
        LocalDate today = clock.today();
        LocalDate until = reference.parameter("TRANSFER_WATCH_MONTHS", today).addTo(today);
        TransferRecord t = new TransferRecord(e.getPerson(), e.getEmployer(), reason, e.getId(), today, until);
        t.stamp(caller.name(), clock.now());
        em.persist(t);
        em.flush();
        audit.record(AuditAction.CREATE, "TransferRecord", t.getId(), "evaluation=" + e.getId() + "; reason=" + reason
                + "; watchUntil=" + until);
        notifier.toRole(e.getEmployer().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.transferOpened",
                "TransferRecord", t.getId(), e.getPerson().fullName());
        return t;
    }

    /** The central organization (the Cabinet Office), which investigates for every organ without its own investigators. */
    public Organization centralOrganization() {
        List<Organization> central = em.createQuery("select o from Organization o where o.central = true and o.active = true"
                + " order by o.id", Organization.class).setMaxResults(1).getResultList();
        if (central.isEmpty()) {
            throw new BusinessException("vetting.noCentral");
        }
        return central.get(0);
    }

    public List<String> surveyCodes(LocalDate on) {
        return reference.surveyItems(Act.CESI_2024, on).stream().map(SurveyItem::getCode).toList();
    }

    public List<SurveyItem> surveyItems(LocalDate on) {
        return reference.surveyItems(Act.CESI_2024, on);
    }

    /**
     * The questionnaire's sections on a day: the fixed ones, then the survey items in force with their questions in
     * force (two queries on the reference data).
     */
    public List<QuestionnaireForm.Section> form(LocalDate on) {
        Map<String, List<QuestionnaireForm.Question>> questions = new HashMap<>();
        for (SurveyQuestion q : reference.surveyQuestions(Act.CESI_2024, on)) {
            questions.computeIfAbsent(q.getItemCode(), c -> new ArrayList<>())
                    .add(new QuestionnaireForm.Question(q.getCode(), q.getNameJa(), q.getNameEn()));
        }
        return QuestionnaireForm.sections(surveyCodes(on).stream()
                .map(c -> new QuestionnaireForm.SurveyArea(c, questions.getOrDefault(c, List.of()))).toList());
    }

    public QuestionnaireRules rules() {
        LocalDate today = clock.today();
        return new QuestionnaireRules(today, reference.parameter("EMPLOYMENT_HISTORY_YEARS", today).intValue(),
                reference.parameter("EMPLOYMENT_GAP_DAYS", today).intValue(),
                reference.parameter("TRAVEL_HISTORY_YEARS", today).intValue());
    }

    /** Days from a moment to today. */
    public long ageDays(java.time.LocalDateTime since) {
        return since == null ? 0 : ChronoUnit.DAYS.between(since.toLocalDate(), clock.today());
    }
}
