package jp.clearance.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.control.JsonCodec;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.VettingSupport;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * The investigation by the central body (or an organ investigating its own cases): an investigator of the investigating
 * organization takes a submitted case, works the checklist, records findings per survey item, may return the
 * questionnaire for correction (only the named sections reopen), and completes the report, which goes to the
 * adjudicator of the requesting organ. Only the assigned investigator works a case.
 */
@Stateless
@RolesAllowed(Roles.INVESTIGATOR)
public class Investigations {
    /** The tasks of every investigation. */
    public static final List<String> CHECKLIST = List.of("RECORD_CHECK", "INTERVIEW", "EMPLOYER_INQUIRY",
            "PUBLIC_OFFICE_INQUIRY");

    /** The audit trail's name of what {@link #file} reads. */
    static final String FILE = "InvestigationFile";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    VettingSupport support;

    @Inject
    AuditRecorder audit;

    @Inject
    jp.clearance.audit.control.AuditReader auditReader;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    Notifier notifier;

    @Inject
    EvaluationViews views;

    /**
     * Takes a submitted case of the caller's organization: the caller becomes its investigator. Only a SUBMITTED case
     * can be taken (a RETURNED one waits for the person's correction), and never by the person being evaluated.
     */
    public Evaluation take(long id, long version) {
        Evaluation e = support.lock(id);
        if (!support.isInDeskQueue(e)) {
            throw new NotFoundException("Evaluation", id);
        }
        support.checkVersion(e, version);
        if (e.getState() != EvaluationState.SUBMITTED) {
            // a returned case goes back to the investigation only by the person's resubmission
            throw new BusinessException("vetting.transition", e.getState().name(), EvaluationState.INVESTIGATING.name());
        }
        if (support.callerPersonId().map(p -> p.equals(e.getPerson().getId())).orElse(false)) {
            throw new BusinessException("vetting.investigation.ownCase");
        }
        e.setInvestigator(caller.name());
        support.move(e, EvaluationState.INVESTIGATING, "investigator=" + caller.name());
        return e;
    }

    /** Saves the checklist (task to done) and the findings per survey item; personal data, values not audited. */
    public Evaluation saveWork(long id, long version, Map<String, Boolean> checklist, Map<String, String> findings) {
        Evaluation e = assigned(id, version);
        if (e.getState() != EvaluationState.INVESTIGATING) {
            throw new BusinessException("vetting.investigation.notActive");
        }
        Map<String, Object> tasks = new LinkedHashMap<>();
        for (String task : CHECKLIST) {
            tasks.put(task, checklist != null && Boolean.TRUE.equals(checklist.get(task)));
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
        String checklistJson = JsonCodec.map(tasks);
        String findingsJson = JsonCodec.map(clean);
        if (findingsJson.length() > Evaluation.FINDINGS_LENGTH) {
            throw new BusinessException("vetting.tooLong");
        }
        e.setChecklist(checklistJson);
        e.setFindings(findingsJson);
        e.stamp(caller.name(), clock.now());
        audit.record(AuditAction.UPDATE, "Evaluation", e.getId(), "investigation work saved; tasks done="
                + tasks.values().stream().filter(Boolean.TRUE::equals).count() + "/" + CHECKLIST.size()
                + "; findings=" + clean.size());
        return e;
    }

    /** Returns the questionnaire to the person with a reason; only the named sections reopen. */
    public Evaluation returnForCorrection(long id, long version, String reason, Set<String> sections) {
        Evaluation e = assigned(id, version);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("vetting.investigation.reasonRequired");
        }
        if (reason.length() > Evaluation.REASON_LENGTH) {
            throw new BusinessException("vetting.tooLong");
        }
        List<String> codes = support.form(clock.today()).stream()
                .map(QuestionnaireForm.Section::code).toList();
        if (sections == null || sections.isEmpty()) {
            throw new BusinessException("vetting.investigation.sectionsRequired");
        }
        for (String s : sections) {
            if (!codes.contains(s)) {
                throw new BusinessException("vetting.q.unknownSection", s);
            }
        }
        support.move(e, EvaluationState.RETURNED, "sections=" + new TreeSet<>(sections));
        e.setCorrectionReason(reason.trim());
        e.setReopenedSections(String.join(",", new TreeSet<>(sections)));
        support.usernameOf(e.getPerson().getId()).ifPresent(u ->
                notifier.toUser(u, "notification.vetting.returned", "Evaluation", e.getId()));
        return e;
    }

    /**
     * Completes the investigation report: every checklist task done and a finding for every survey item. The case goes
     * to the adjudicators of the requesting organ.
     */
    public Evaluation completeReport(long id, long version, String report) {
        Evaluation e = assigned(id, version);
        if (report == null || report.isBlank()) {
            throw new BusinessException("vetting.investigation.reportRequired");
        }
        if (report.length() > Evaluation.REPORT_LENGTH) {
            throw new BusinessException("vetting.tooLong");
        }
        Map<String, String> tasks = JsonCodec.map(e.getChecklist());
        long open = CHECKLIST.stream().filter(t -> !"true".equals(tasks.get(t))).count();
        if (open > 0) {
            throw new BusinessException("vetting.investigation.checklistOpen", open);
        }
        Map<String, String> findings = JsonCodec.map(e.getFindings());
        long missing = support.surveyCodes(clock.today()).stream().filter(c -> !findings.containsKey(c)).count();
        if (missing > 0) {
            throw new BusinessException("vetting.investigation.findingsMissing", missing);
        }
        support.move(e, EvaluationState.REPORTED, "report completed");
        e.setReport(report.trim());
        notifier.toRole(e.getRequestingOrgan().getId(), Roles.ADJUDICATOR, "notification.vetting.reported",
                "Evaluation", e.getId(), e.getPerson().fullName());
        return e;
    }

    /**
     * The investigation file (answers, checklist, findings, report, decision) for the privacy circle: the assigned
     * investigator, the adjudicator of the requesting organ once reported, auditors. Audited with the purpose.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public InvestigationFile file(long id, String purpose) {
        personalData.requireRole(FILE, id, purpose, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR);
        Evaluation e = personalData.check(FILE, id, purpose, () -> {
            Evaluation found = support.find(id);
            if (!support.inFileCircle(found)) {
                if (support.maySeeStatus(found)) {
                    throw new BusinessException("vetting.privacy");
                }
                throw new NotFoundException("Evaluation", id);
            }
            return found;
        });
        support.auditRead(FILE, id, purpose);
        Evaluation investigated = e.getReusedEvaluation() != null ? e.getReusedEvaluation() : e;
        List<SectionView> answers = views.sections(investigated);
        // The last return for correction (the audit trail: "INVESTIGATING -> RETURNED; sections=[A, B]") and the
        // sections reopened then that the person saved again after it.
        LocalDateTime returnedAt = null;
        List<String> reopened = List.of();
        for (jp.clearance.audit.boundary.AuditRow r : auditReader.of("Evaluation", investigated.getId(),
                java.util.EnumSet.of(AuditAction.TRANSITION))) {
            java.util.regex.Matcher m = RETURN.matcher(r.detail() == null ? "" : r.detail());
            if (m.find()) {
                returnedAt = r.occurredAt();
                reopened = java.util.Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
            }
        }
        List<String> corrected = new ArrayList<>();
        for (SectionView s : answers) {
            if (returnedAt != null && reopened.contains(s.code()) && s.savedAt() != null
                    && s.savedAt().isAfter(returnedAt)) {
                corrected.add(s.code());
            }
        }
        return new InvestigationFile(views.view(e), answers,
                investigated.getId().equals(e.getId()) ? null : investigated.getId(),
                JsonCodec.map(investigated.getChecklist()), JsonCodec.map(investigated.getFindings()),
                investigated.getReport(), JsonCodec.map(e.getDecisionFindings()), e.getDecisionReasons(), returnedAt,
                List.copyOf(corrected));
    }

    /** How a return for correction is written on the audit trail ({@link #returnForCorrection}). */
    private static final java.util.regex.Pattern RETURN = java.util.regex.Pattern.compile("-> RETURNED; sections=\\[([^\\]]*)\\]");

    private Evaluation assigned(long id, long version) {
        Evaluation e = support.lock(id);
        if (!support.isAssignedInvestigator(e)) {
            if (support.isInDeskQueue(e)) {
                throw new BusinessException("vetting.investigation.notAssigned");
            }
            throw new NotFoundException("Evaluation", id);
        }
        support.checkVersion(e, version);
        return e;
    }
}
