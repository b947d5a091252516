package jp.clearance.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.platform.time.Dates;
import jp.clearance.vetting.control.JsonCodec;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.QuestionnaireRules;
import jp.clearance.vetting.control.VettingSupport;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.vetting.entity.QuestionnaireSection;

/**
 * The person's questionnaire: sections saved and resumed in any order (a save keeps what was typed even when it has
 * issues, which are returned at once), a review of what is missing, and submission as a signed declaration, after
 * which it is read-only to the person. When an investigator returns it, only the reopened sections can be edited.
 * Reading answers is for the person and the privacy circle, and every read is audited with its purpose.
 */
@Stateless
@RolesAllowed(Roles.EMPLOYEE)
public class Questionnaires {
    /** The audit trail's name of what {@link #read} and {@link #review} read. */
    static final String QUESTIONNAIRE = "Questionnaire";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PersonalData personalData;

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
    EvaluationViews views;

    /**
     * Every section with its answers and issues: for the person (their own) or the privacy circle (the assigned
     * investigator, the adjudicator of the requesting organ, auditors). Audited with the purpose.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<SectionView> read(long evaluationId, String purpose) {
        personalData.requireRole(QUESTIONNAIRE, evaluationId, purpose, Roles.EMPLOYEE, Roles.INVESTIGATOR,
                Roles.ADJUDICATOR, Roles.AUDITOR);
        Evaluation e = personalData.check(QUESTIONNAIRE, evaluationId, purpose, () -> {
            Evaluation found = support.find(evaluationId);
            support.requireAnswersReader(found);
            return found;
        });
        support.auditRead(QUESTIONNAIRE, evaluationId, purpose);
        return views.sections(e);
    }

    /**
     * Saves a section: the entries are kept as typed (nothing is lost), and the issues found are returned and shown at
     * once. Only while the questionnaire is open to the person, and after a return only the reopened sections.
     */
    public SectionView save(long evaluationId, String code, List<Map<String, String>> entries) {
        return save(evaluationId, code, entries, null);
    }

    /**
     * Saves a section as {@link #save(long, String, List)} does, refused with {@code concurrentEdit} when the section
     * changed since the caller read it: {@code expectedVersion} is the {@link SectionView#version()} the caller last
     * saw (the portal passes the version returned by its own previous save, so the autosaves of one page never refuse
     * each other); {@code null} skips the check (the REST API's last-write-wins).
     */
    public SectionView save(long evaluationId, String code, List<Map<String, String>> entries, Long expectedVersion) {
        return save(evaluationId, code, entries, null, expectedVersion);
    }

    /**
     * Saves a section as {@link #save(long, String, List, Long)} does, with the person's explanations of the flagged
     * employment gaps ({@code gapExplanations}, by {@link QuestionnaireRules.Gap#key()}; {@code null} keeps the ones
     * saved before). Explanations are kept even while a gap is not flagged (a date being corrected), so nothing typed
     * is lost; a flagged gap without one is an issue, and the questionnaire cannot be submitted. Date answers are
     * stored as ISO days when they can be read (typed as 1980/04/01, 1980-04-01 or 19800401), else as typed.
     */
    public SectionView save(long evaluationId, String code, List<Map<String, String>> entries,
                            Map<String, String> gapExplanations, Long expectedVersion) {
        Evaluation e = support.lock(evaluationId);
        support.requirePerson(e);
        QuestionnaireForm.Section section = QuestionnaireForm.find(support.form(clock.today()), code)
                .orElseThrow(() -> new BusinessException("vetting.q.unknownSection", code));
        if (!views.editable(e, code)) {
            throw new BusinessException("vetting.q.readOnly");
        }
        List<Map<String, String>> clean = entries == null ? List.of() : entries.stream()
                .filter(m -> m != null && m.values().stream().anyMatch(v -> v != null && !v.isBlank()))
                .map(m -> m.entrySet().stream().filter(x -> section.field(x.getKey()).isPresent() && x.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, x -> stored(section, x.getKey(), x.getValue()),
                                (a, b) -> a, java.util.LinkedHashMap::new)))
                .map(m -> (Map<String, String>) m).toList();
        QuestionnaireSection row = find(e, code);
        Map<String, String> explanations = new java.util.LinkedHashMap<>();
        if (QuestionnaireForm.EMPLOYMENT.equals(code)) {
            Map<String, String> given = gapExplanations != null ? gapExplanations
                    : row == null ? Map.of() : JsonCodec.gapExplanations(row.getContent());
            given.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    explanations.put(k, v.strip());
                }
            });
        }
        String json = JsonCodec.entries(clean, explanations);
        if (json.length() > QuestionnaireSection.CONTENT_LENGTH) {
            throw new BusinessException("vetting.q.sectionTooLong");
        }
        QuestionnaireRules rules = support.rules();
        List<QuestionnaireRules.Issue> issues = rules.check(section, clean, explanations);
        long current = row == null ? SectionView.NOT_SAVED : row.getVersion();
        if (expectedVersion != null && expectedVersion != current) {
            throw new BusinessException("concurrentEdit");
        }
        boolean created = row == null;
        if (created) {
            row = new QuestionnaireSection(e, code);
        }
        row.setContent(json);
        row.setComplete(issues.isEmpty());
        row.stamp(caller.name(), clock.now());
        if (created) {
            em.persist(row);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "QuestionnaireSection", row.getId(),
                "evaluation=" + e.getId() + "; section=" + code + "; entries=" + clean.size() + "; complete=" + issues.isEmpty()
                        + (explanations.isEmpty() ? "" : "; gapExplanations=" + explanations.size()));
        return new SectionView(section, clean, true, issues.isEmpty(), true, row.getUpdatedAt(), issues,
                row.getVersion(), EvaluationViews.gaps(rules, section, clean), explanations);
    }

    /** A value as stored: a date answer as its ISO day when it can be read, anything else as given. */
    private static String stored(QuestionnaireForm.Section section, String field, String value) {
        boolean date = section.field(field).map(f -> f.type() == QuestionnaireForm.FieldType.DATE).orElse(false);
        return date ? Dates.normalize(value) : value;
    }

    /** Every section with what is missing or wrong: the review page before submission. Audited as a read. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<SectionView> review(long evaluationId) {
        String purpose = "review by the person";
        personalData.requireRole(QUESTIONNAIRE, evaluationId, purpose, Roles.EMPLOYEE);
        Evaluation e = personalData.check(QUESTIONNAIRE, evaluationId, purpose, () -> {
            Evaluation found = support.find(evaluationId);
            support.requirePerson(found);
            return found;
        });
        support.auditRead(QUESTIONNAIRE, evaluationId, purpose);
        return views.sections(e);
    }

    /**
     * The person's copy of what they submitted (the read-only view and the PDF they keep): only their own, and only once
     * submitted (before that the questionnaire itself is the draft). Audited as an export of the answers.
     */
    public SubmittedQuestionnaire submitted(long evaluationId) {
        String purpose = "copy kept by the person";
        Evaluation e = personalData.check(QUESTIONNAIRE, evaluationId, purpose, () -> {
            Evaluation found = support.find(evaluationId);
            support.requirePerson(found);
            return found;
        });
        if (e.getSubmittedAt() == null) {
            throw new BusinessException("vetting.q.notSubmitted");
        }
        audit.record(AuditAction.EXPORT, QUESTIONNAIRE, evaluationId, "purpose=" + purpose);
        return new SubmittedQuestionnaire(e.getId(), e.getPerson().fullName(), e.getLevelCode(),
                e.getRequestingOrgan().getNameJa(), e.getRequestingOrgan().getNameEn(), e.getSubmittedAt(),
                views.sections(e));
    }

    /**
     * Submits the questionnaire as a signed declaration (the person declares the answers true and complete): refused
     * while a section is missing or has issues. The first submission enters the investigation queue; a corrected one
     * goes back to the assigned investigator.
     */
    public Evaluation submit(long evaluationId, long version, boolean declaration) {
        Evaluation e = support.lock(evaluationId);
        support.requirePerson(e);
        support.checkVersion(e, version);
        if (!declaration) {
            throw new BusinessException("vetting.q.declarationRequired");
        }
        if (!e.getState().isQuestionnaireOpen()) {
            throw new BusinessException("vetting.transition", e.getState().name(), EvaluationState.SUBMITTED.name());
        }
        long incomplete = views.sections(e).stream().filter(s -> !s.complete()).count();
        if (incomplete > 0) {
            throw new BusinessException("vetting.q.incomplete", incomplete);
        }
        if (e.getState() == EvaluationState.RETURNED) {
            support.move(e, EvaluationState.INVESTIGATING, "corrected; declaration signed");
            e.setReopenedSections(null);
            notifier.toUser(e.getInvestigator(), "notification.vetting.corrected", "Evaluation", e.getId(),
                    e.getPerson().fullName());
        } else {
            support.move(e, EvaluationState.SUBMITTED, "declaration signed");
            e.setSubmittedAt(clock.now());
            notifier.toRole(e.getInvestigatingOrg().getId(), Roles.INVESTIGATOR, "notification.vetting.submitted",
                    "Evaluation", e.getId(), e.getPerson().fullName());
        }
        return e;
    }

    private QuestionnaireSection find(Evaluation e, String code) {
        return em.createQuery("select s from QuestionnaireSection s where s.evaluation.id = :e and s.code = :c",
                        QuestionnaireSection.class).setParameter("e", e.getId()).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }

    /** The codes of all sections (fixed ones, then the survey items in force). */
    @RolesAllowed({Roles.EMPLOYEE, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR})
    public List<String> sectionCodes() {
        return support.form(clock.today()).stream()
                .map(QuestionnaireForm.Section::code).toList();
    }
}
