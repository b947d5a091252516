package jp.clearance.audit.boundary;

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
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.control.ChainVerifier;
import jp.clearance.audit.control.AuditReader;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.audit.entity.AuditChain;
import jp.clearance.audit.entity.AuditEntry;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Roles;

/** The auditor's view of the audit trail: filter it, and verify that the hash chain is intact. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditTrail {
    static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    AuditRecorder recorder;

    @Inject
    AuditReader reader;

    /**
     * The kinds of record the trail names ({@code entityType}), for the auditor's filter; the page names each in the
     * reader's language ({@code record.<kind>}). A new kind of record that the EJB layer audits is added here.
     */
    public static final List<String> ENTITY_TYPES = List.of(
            "Designation", "Provision", "HandlerEntry", "Certification", "TrainingRecord",
            "Evaluation", "Questionnaire", "QuestionnaireSection", "InvestigationFile", "NominationImport",
            "Eligibility", "EligibilityReminder", "CircumstanceChange",
            "Incident", "IncidentTask", "IncidentAttachment", "Charge",
            "Grievance", "GrievanceEntry", "GrievanceAttachment", "GrievanceReceipt", "TransferRecord",
            "Person", "Organization", "Section", "UserAccount",
            "Level", "InformationCategory", "SurveyItem", "SurveyQuestion", "LegalParameter", "Penalty",
            "AuditChain", "ApplicationClock");

    /** At most this many entries go into one export; the auditor narrows the filter for more. */
    public static final int EXPORT_LIMIT = 10_000;

    /** The entries matching the filter, newest first, with who their actors are; counted up to {@link Counting#CAP}. */
    public Page<AuditRow> search(AuditFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> ids = em.createQuery("select e.id from AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> query = em.createQuery(
                "select e from AuditEntry e" + where + " order by e.id desc",
                AuditEntry.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<AuditEntry> items = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return Counting.page(rows(items), Counting.capped(ids));
    }

    /**
     * The entries matching the filter for an export (CSV or PDF), newest first, at most {@link #EXPORT_LIMIT}; the
     * export itself is audited with its filter and the number of entries.
     */
    public List<AuditRow> export(AuditFilter filter, String format) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where + " order by e.id desc",
                AuditEntry.class);
        params.forEach(query::setParameter);
        List<AuditRow> rows = rows(query.setMaxResults(EXPORT_LIMIT).getResultList());
        recorder.record(AuditAction.EXPORT, "AuditChain", null, ChangeLog.create().set("format", format)
                .set("rows", rows.size()).set("actor", filter.actor())
                .set("action", filter.action() == null ? null : filter.action().name())
                .set("entityType", filter.entityType()).set("entityId", filter.entityId())
                .set("from", filter.from()).set("to", filter.to()).toString());
        return rows;
    }

    private List<AuditRow> rows(List<AuditEntry> entries) {
        return reader.rows(entries);
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            clauses.add("e.actor = :actor");
            params.put("actor", f.actor().trim());
        }
        if (f.action() != null) {
            clauses.add("e.action = :action");
            params.put("action", f.action());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            clauses.add("e.entityType = :type");
            params.put("type", f.entityType().trim());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            clauses.add("e.entityId = :eid");
            params.put("eid", f.entityId().trim());
        }
        if (f.from() != null) {
            clauses.add("e.occurredAt >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            clauses.add("e.occurredAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /**
     * Recomputes every hash from the first entry on, in batches, and checks that each entry points to its
     * predecessor and that the chain head (read first, so
     * entries appended meanwhile are left for the next run) matches the last entry. The verification itself is audited.
     */
    public ChainVerification verify() {
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD);
        long headId = head.getLastId();
        String headHash = head.getLastHash();
        ChainVerifier verifier = new ChainVerifier();
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "select e from AuditEntry e where e.id > :after and e.id <= :head order by e.id",
                            AuditEntry.class)
                    .setParameter("after", verifier.lastId())
                    .setParameter("head", headId)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (!verifier.accept(e)) {
                    return audited(new ChainVerification(false, verifier.checked(), verifier.firstBrokenId()));
                }
            }
            em.clear();
        }
        boolean intact = verifier.endsAt(headId, headHash);
        return audited(new ChainVerification(intact, verifier.checked(), verifier.firstBrokenId()));
    }

    private ChainVerification audited(ChainVerification result) {
        recorder.record(AuditAction.VERIFY, "AuditChain", null,
                "intact=" + result.intact() + " checked=" + result.checked()
                        + (result.firstBrokenId() == null ? "" : " firstBroken=" + result.firstBrokenId()));
        return result;
    }
}
