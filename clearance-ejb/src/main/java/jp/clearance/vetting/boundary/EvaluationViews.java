package jp.clearance.vetting.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.clearance.organization.entity.Organization;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.vetting.control.JsonCodec;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.QuestionnaireRules;
import jp.clearance.vetting.control.VettingSupport;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.vetting.entity.QuestionnaireSection;

/**
 * Builds what the vetting boundaries return (a case's status, the questionnaire's sections) inside their transactions,
 * after they have checked the caller's right. Not a boundary: no transaction or role of its own.
 */
@Dependent
public class EvaluationViews {
    static final Map<EvaluationState, String> TARGETS = Map.of(
            EvaluationState.NOMINATED, "VETTING_TARGET_CONSENT_DAYS",
            EvaluationState.QUESTIONNAIRE, "VETTING_TARGET_QUESTIONNAIRE_DAYS",
            EvaluationState.SUBMITTED, "VETTING_TARGET_INVESTIGATION_DAYS",
            EvaluationState.INVESTIGATING, "VETTING_TARGET_INVESTIGATION_DAYS",
            EvaluationState.RETURNED, "VETTING_TARGET_CORRECTION_DAYS",
            EvaluationState.REPORTED, "VETTING_TARGET_ADJUDICATION_DAYS");

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    VettingSupport support;

    @Inject
    ApplicationClock clock;

    @Inject
    ReferenceData reference;

    /** Target durations per state, in days (reference data). */
    public Map<EvaluationState, Long> targets() {
        Map<EvaluationState, Long> out = new HashMap<>();
        LocalDate today = clock.today();
        Map<String, Long> byCode = new HashMap<>();
        TARGETS.forEach((state, code) -> out.put(state, byCode.computeIfAbsent(code,
                c -> reference.parameter(c, today).getValueNum())));
        return out;
    }

    public EvaluationView view(Evaluation e) {
        boolean detail = support.isPerson(e) || support.isAssignedInvestigator(e);
        Long eligibilityId = em.createQuery("select l.id from Eligibility l where l.evaluationId = :e", Long.class)
                .setParameter("e", e.getId()).getResultStream().findFirst().orElse(null);
        long age = support.ageDays(e.getStateChangedAt());
        String code = TARGETS.get(e.getState());
        long target = code == null ? 0 : reference.parameter(code, clock.today()).getValueNum();
        Organization o = e.getRequestingOrgan();
        return new EvaluationView(e.getId(), e.getVersion(), e.getPerson().getId(), e.getPerson().fullName(),
                e.getLevelCode(), o.getId(), o.getCode(), o.getNameJa(), o.getNameEn(), e.getEmployer().getId(),
                e.getEmployer().getCode(), e.getState().name(), e.getStateChangedAt(), e.getCreatedAt(), e.getScope(),
                e.getConsentAt(), e.getNoticeVersion(), e.getSubmittedAt(), e.getInvestigator(), e.getDecidedOn(),
                e.getReusedEvaluation() == null ? null : e.getReusedEvaluation().getId(),
                detail ? e.getCorrectionReason() : null,
                detail && e.getReopenedSections() != null ? Arrays.asList(e.getReopenedSections().split(",")) : List.of(),
                nextStep(e), age, target > 0 && age > target, eligibilityId,
                reused(e.getReusedEligibility()), e.getLetterReceivedOn(), e.getState().courseStep(),
                e.getState().holder().name(), target > 0 ? e.getStateChangedAt().toLocalDate().plusDays(target) : null,
                support.isPerson(e) ? null : nameOf(e.getInvestigator()));
    }

    /** The name of the person an account belongs to, the account's name when it has none; null for null. */
    private String nameOf(String username) {
        if (username == null) {
            return null;
        }
        return em.createQuery("select concat(concat(p.familyName, ' '), p.givenName) from UserAccount a join a.person p"
                        + " where a.username = :u", String.class).setParameter("u", username).getResultStream()
                .findFirst().orElse(username);
    }

    /**
     * What happens next, as a bundle key: {@code vetting.next.<STATE>}; a reported evaluation that reuses a prior
     * result has no investigation report of its own, and is decided on that result ({@code vetting.next.REPORTED_REUSED}).
     */
    private static String nextStep(Evaluation e) {
        if (e.getState() == EvaluationState.REPORTED
                && (e.getReusedEligibility() != null || e.getReusedEvaluation() != null)) {
            return "vetting.next.REPORTED_REUSED";
        }
        return "vetting.next." + e.getState().name();
    }

    private static EvaluationView.ReusedRecord reused(Eligibility el) {
        if (el == null) {
            return null;
        }
        Organization o = el.getOrgan();
        return new EvaluationView.ReusedRecord(el.getId(), el.getSource().name(), el.getLevelCode(), o.getNameJa(),
                o.getNameEn(), el.getNotifiedOn(), el.getExternalReference());
    }

    public boolean editable(Evaluation e, String code) {
        if (e.getState() == EvaluationState.QUESTIONNAIRE) {
            return true;
        }
        return e.getState() == EvaluationState.RETURNED && e.getReopenedSections() != null
                && Set.of(e.getReopenedSections().split(",")).contains(code);
    }

    /** The flagged gaps of the employment section (each asks for an explanation); none for the other sections. */
    static List<QuestionnaireRules.Gap> gaps(QuestionnaireRules rules, QuestionnaireForm.Section section,
                                             List<Map<String, String>> entries) {
        return QuestionnaireForm.EMPLOYMENT.equals(section.code()) ? rules.gaps(entries) : List.of();
    }

    public List<SectionView> sections(Evaluation e) {
        Map<String, QuestionnaireSection> saved = em.createQuery("select s from QuestionnaireSection s"
                        + " where s.evaluation.id = :e", QuestionnaireSection.class).setParameter("e", e.getId())
                .getResultStream().collect(Collectors.toMap(QuestionnaireSection::getCode, s -> s));
        QuestionnaireRules rules = support.rules();
        boolean person = support.isPerson(e);
        List<SectionView> out = new ArrayList<>();
        for (QuestionnaireForm.Section section : support.form(clock.today())) {
            QuestionnaireSection row = saved.get(section.code());
            List<Map<String, String>> entries = row == null ? List.of() : JsonCodec.entries(row.getContent());
            Map<String, String> explanations = row == null ? Map.of() : JsonCodec.gapExplanations(row.getContent());
            List<QuestionnaireRules.Issue> issues = row == null
                    ? List.of(new QuestionnaireRules.Issue(section.code(), -1, null, "vetting.q.notSaved", List.of()))
                    : rules.check(section, entries, explanations);
            out.add(new SectionView(section, entries, row != null, row != null && issues.isEmpty(),
                    person && editable(e, section.code()), row == null ? null : row.getUpdatedAt(), issues,
                    row == null ? SectionView.NOT_SAVED : row.getVersion(), gaps(rules, section, entries),
                    explanations));
        }
        return out;
    }

}
