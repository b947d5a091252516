package jp.clearance.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.control.EligibilityPeriods;
import jp.clearance.vetting.control.JsonCodec;
import jp.clearance.vetting.control.VettingSupport;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilitySource;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.vetting.entity.TransferReason;

/**
 * The decision of the requesting organ's head, taken by its adjudicator on the report: favourable or unfavourable,
 * with a finding per survey item and the reasons. Four eyes: the adjudicator cannot be the investigator (nor the
 * person). The result is notified at once: the person learns it (with the reasons of an unfavourable result unless they
 * asked not to), the employer learns the result only. A favourable result creates the eligibility record, valid for the
 * period in the reference data; an unfavourable one opens a transfer record.
 */
@Stateless
@RolesAllowed(Roles.ADJUDICATOR)
public class Adjudications {
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
    EligibilityPeriods periods;

    /**
     * Whether the caller may decide this evaluation now: an adjudicator of the requesting organ, the evaluation
     * reported, and the caller neither its investigator (nor the investigator of the evaluation it reuses) nor the
     * person evaluated. The page asks this before it shows the decision form; {@link #decide} applies the same rule.
     */
    public boolean mayDecide(long id) {
        Evaluation e = em.find(Evaluation.class, id);
        return e != null && support.isAdjudicator(e) && e.getState() == EvaluationState.REPORTED && conflict(e) == null;
    }

    /** The four-eyes rule: {@code vetting.fourEyes} or {@code vetting.ownCase} when the caller may not decide; else null. */
    private String conflict(Evaluation e) {
        if (caller.name().equals(e.getInvestigator())
                || (e.getReusedEvaluation() != null && caller.name().equals(e.getReusedEvaluation().getInvestigator()))) {
            return "vetting.fourEyes";
        }
        if (support.callerPersonId().map(p -> p.equals(e.getPerson().getId())).orElse(false)) {
            return "vetting.ownCase";
        }
        return null;
    }

    /**
     * The adjudicator's decision on a reported evaluation. {@code favourable} has no default: {@code null} (the
     * adjudicator chose neither result) is refused with {@code vetting.adjudication.decisionRequired}.
     */
    public Evaluation decide(long id, long version, Boolean favourable, Map<String, String> findings, String reasons) {
        Evaluation e = support.lock(id);
        if (!support.isAdjudicator(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        support.checkVersion(e, version);
        if (favourable == null) {
            throw new BusinessException("vetting.adjudication.decisionRequired");
        }
        if (e.getState() != EvaluationState.REPORTED) {
            throw new BusinessException("vetting.transition", e.getState().name(),
                    (favourable ? EvaluationState.FAVOURABLE : EvaluationState.UNFAVOURABLE).name());
        }
        String conflict = conflict(e);
        if (conflict != null) {
            throw new BusinessException(conflict);
        }
        List<String> items = support.surveyCodes(clock.today());
        Map<String, String> clean = new LinkedHashMap<>();
        if (findings != null) {
            findings.forEach((k, v) -> {
                if (!items.contains(k)) {
                    throw new BusinessException("vetting.investigation.unknownItem", k);
                }
                if (v != null && !v.isBlank()) {
                    clean.put(k, v.trim());
                }
            });
        }
        long missing = items.stream().filter(c -> !clean.containsKey(c)).count();
        if (missing > 0) {
            throw new BusinessException("vetting.adjudication.findingsMissing", missing);
        }
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessException("vetting.adjudication.reasonsRequired");
        }
        String findingsJson = JsonCodec.map(clean);
        if (findingsJson.length() > Evaluation.FINDINGS_LENGTH || reasons.length() > Evaluation.REPORT_LENGTH) {
            throw new BusinessException("vetting.tooLong");
        }
        LocalDate today = clock.today();
        e.setAdjudicator(caller.name());
        e.setDecisionFindings(findingsJson);
        e.setDecisionReasons(reasons.trim());
        e.setDecidedOn(today);
        String person = support.usernameOf(e.getPerson().getId()).orElse(null);
        if (favourable) {
            support.move(e, EvaluationState.FAVOURABLE, "adjudicator=" + caller.name());
            LocalDate until = periods.validUntil(e.getLevelCode(), today);
            Eligibility el = new Eligibility(e.getPerson(), e.getLevelCode(), e.getRequestingOrgan(),
                    EligibilitySource.EVALUATION, today, until);
            el.setEvaluationId(e.getId());
            el.stamp(caller.name(), clock.now());
            em.persist(el);
            em.flush();
            audit.record(AuditAction.CREATE, "Eligibility", el.getId(), "evaluation=" + e.getId() + "; level="
                    + e.getLevelCode() + "; validUntil=" + until);
            if (person != null) {
                notifier.toUser(person, "notification.vetting.favourable", "Evaluation", e.getId(), until);
            }
        } else {
            support.move(e, EvaluationState.UNFAVOURABLE, "adjudicator=" + caller.name());
            support.openTransfer(e, TransferReason.UNFAVOURABLE_RESULT);
            if (person != null) {
                notifier.toUser(person, "notification.vetting.unfavourable", "Evaluation", e.getId());
            }
        }
        // The employer and the requesting organ's officers learn the result only.
        notifier.toRole(e.getEmployer().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.result",
                "Evaluation", e.getId(), e.getPerson().fullName(), e.getState().name());
        if (!e.getEmployer().getId().equals(e.getRequestingOrgan().getId())) {
            notifier.toRole(e.getRequestingOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.result",
                    "Evaluation", e.getId(), e.getPerson().fullName(), e.getState().name());
        }
        return e;
    }
}
