package jp.clearance.grievance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.clearance.account.entity.UserAccount;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.control.Attachments;
import jp.clearance.grievance.control.Casework;
import jp.clearance.grievance.control.Deadlines;
import jp.clearance.grievance.control.GrievanceRules;
import jp.clearance.grievance.control.VettingFacts;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceAttachment;
import jp.clearance.grievance.entity.GrievanceEntry;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.grievance.entity.Remedy;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.Csv;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.UploadBody;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.TransferRecord;

/**
 * Complaints of unfair treatment: lodged by logged-in employees (named), handled by the grievance desks
 * (acknowledge, investigate, message, decide with remedies), opened by a desk on its own initiative from a transfer
 * alert; statistics and the CSV export for the annual report. A desk officer sees the complaints addressed to their
 * organization's desk; the Cabinet Office (central) desk sees all. Every desk read of a complaint is audited.
 * The anonymous path is {@link AnonymousDesk}.
 */
@Stateless
@RolesAllowed(Roles.GRIEVANCE_OFFICER)
public class Grievances {
    static final Map<String, String> SORTABLE = Map.of("lodgedAt", "g.lodgedAt", "ackDue", "g.ackDue",
            "decisionDue", "g.decisionDue", "status", "g.status", "type", "g.type", "id", "g.id");
    private static final String ROW = "select g.id, g.channel, g.type, g.status, d.code, e.nameJa, e.nameEn,"
            + " g.lodgedAt, g.ackDue, g.decisionDue, g.outcome, g.relatedId from Grievance g join g.desk d"
            + " join g.employer e";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    Casework casework;

    @Inject
    VettingFacts vettingFacts;

    @Inject
    Attachments attachments;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    // ----------------------------------------------------------------------------------------------------------
    // The named complainant
    // ----------------------------------------------------------------------------------------------------------

    /**
     * Lodges a named complaint for the calling employee. A complaint of retaliation for having complained links to
     * the complainant's earlier complaint (the one named, or their latest).
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView lodge(@NotNull @Valid Lodging l) {
        return lodge(l, List.of());
    }

    /** Lodges a named complaint with its files, all or nothing. */
    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView lodge(@NotNull @Valid Lodging l, @NotNull List<Upload> files) {
        Grievance g = new Grievance(Channel.NAMED, l.type(), GrievanceRules.ground(l.type(), l.ground()),
                l.description());
        g.setOccurredOn(l.occurredOn());
        g.setDecidedBy(l.decidedBy());
        List<UserAccount> account = em.createQuery("select a from UserAccount a left join fetch a.person"
                + " where a.username = :u", UserAccount.class).setParameter("u", caller.name()).getResultList();
        Person person = account.isEmpty() ? null : account.get(0).getPerson();
        g.identifyComplainant(caller.name(), person);
        if (g.getGround() == Ground.HAVING_COMPLAINED || l.relatedId() != null) {
            g.setRelatedId(earlierOwn(l.relatedId()));
        }
        casework.lodge(g, l.employerId(), l.organId(), caller.name());
        for (Upload f : files) {
            attachments.add(g, caller.name(), false, f.fileName(), f.contentType(), f.content());
        }
        return view(g);
    }

    /**
     * The employer on the caller's own person record, to prefill a named complaint (empty when the account has no
     * person record). The caller's own record: no read of another's personal data, so nothing to audit.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public java.util.Optional<OrganizationOption> ownEmployer() {
        return em.createQuery("select new jp.clearance.grievance.boundary.OrganizationOption(o.id, o.code, o.kind,"
                        + " o.nameJa, o.nameEn) from UserAccount a join a.person p join p.employer o"
                        + " where a.username = :u", OrganizationOption.class)
                .setParameter("u", caller.name()).getResultStream().findFirst();
    }

    /** The caller's own complaints, newest first. */
    @RolesAllowed(Roles.EMPLOYEE)
    public Page<GrievanceRow> mine(@NotNull PageRequest page) {
        Map<String, Object> params = Map.of("u", caller.name());
        return rows(" where g.complainantUsername = :u", params, "g.lodgedAt desc, g.id desc", page);
    }

    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView complaint(long id) {
        return view(own(id));
    }

    /** The complainant answers the desk or adds information. */
    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView reply(long id, String text) {
        Grievance g = own(id);
        casework.addEntry(g, EntryKind.MESSAGE_FROM_COMPLAINANT, caller.name(), text);
        return view(g);
    }

    /** The complainant adds a file (not empty, at most {@link Attachments#MAX_BYTES}) while the complaint is open. */
    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView attachOwn(long id, @NotNull Upload file) {
        Grievance g = own(id);
        attachments.add(g, caller.name(), true, file.fileName(), file.contentType(), file.content());
        return view(g);
    }

    /**
     * The complainant adds a file whose body is still arriving (the API): the complaint is checked to be theirs
     * first, then the body is read, never past {@link Attachments#MAX_BYTES}.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView attachOwn(long id, String fileName, String contentType, @NotNull UploadBody body) {
        Grievance g = own(id);
        attachments.add(g, caller.name(), true, fileName, contentType, Attachments.read(body));
        return view(g);
    }

    /** A file the complainant added, with its content (audited). */
    @RolesAllowed(Roles.EMPLOYEE)
    public GrievanceAttachment ownAttachment(long id, long attachmentId) {
        return attachments.content(own(id), attachmentId, true, caller.name());
    }

    @RolesAllowed(Roles.EMPLOYEE)
    public ComplaintView withdraw(long id, long version) {
        Grievance g = own(id);
        checkVersion(g, version);
        casework.transition(g, GrievanceStatus.WITHDRAWN, caller.name(), null);
        return view(g);
    }

    // ----------------------------------------------------------------------------------------------------------
    // The desk
    // ----------------------------------------------------------------------------------------------------------

    /** The desk's queue, filtered and paged in the database; each row carries its running clock. */
    public Page<GrievanceRow> queue(@NotNull GrievanceFilter f, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        Long scope = caller.scopeOrganizationId();
        if (scope != null) {
            where.add("d.id = :scope");
            params.put("scope", scope);
        }
        if (f.deskId() != null) {
            where.add("d.id = :desk");
            params.put("desk", f.deskId());
        }
        if (f.status() != null) {
            where.add("g.status = :status");
            params.put("status", f.status());
        } else if (f.openOnly()) {
            where.add("g.status in :open");
            params.put("open", GrievanceStatus.open());
        }
        if (f.type() != null) {
            where.add("g.type = :type");
            params.put("type", f.type());
        }
        if (f.channel() != null) {
            where.add("g.channel = :channel");
            params.put("channel", f.channel());
        }
        if (f.employerId() != null) {
            where.add("e.id = :employer");
            params.put("employer", f.employerId());
        }
        if (f.overdueOnly()) {
            where.add("((g.status = :lodged and g.ackDue < :today) or (g.status in :running and g.decisionDue < :today))");
            params.put("lodged", GrievanceStatus.LODGED);
            params.put("running", GrievanceStatus.open());
            params.put("today", clock.today());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String direction = page.ascending() ? " asc" : " desc";
        String sort = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "g.lodgedAt")
                + direction + ", g.id" + direction;
        return rows(clause, params, sort, page);
    }

    /**
     * The desks the caller may filter the queue by: every active administrative organ and the central desk for the
     * Cabinet Office, the caller's own desk otherwise.
     */
    public List<OrganizationOption> desks() {
        Long scope = caller.scopeOrganizationId();
        var q = em.createQuery("select new jp.clearance.grievance.boundary.OrganizationOption(o.id, o.code, o.kind,"
                + " o.nameJa, o.nameEn) from Organization o where "
                + (scope == null ? "o.active = true and (o.kind = :organ or o.central = true)" : "o.id = :scope")
                + " order by o.code", OrganizationOption.class);
        if (scope == null) {
            q.setParameter("organ", jp.clearance.organization.entity.OrganizationKind.ORGAN);
        } else {
            q.setParameter("scope", scope);
        }
        return q.setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    /** A complaint for the desk (audited: it may carry a vetted person's personal data). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Grievance read(long id) {
        String purpose = "grievance handling";
        personalData.requireRole("Grievance", id, purpose, Roles.GRIEVANCE_OFFICER);
        Grievance g = personalData.check("Grievance", id, purpose, () -> inScope(id));
        audit.record(AuditAction.READ, "Grievance", id, "purpose=" + purpose);
        return g;
    }

    /** The running clock of a complaint (which target, days left or overdue) on the application's day; none when closed. */
    public Deadlines.Clock clock(long id) {
        Grievance g = inScope(id);
        return Deadlines.clock(g.getStatus(), g.getAckDue(), g.getDecisionDue(), clock.today());
    }

    /** The whole timeline, internal notes and requests to the employer included. */
    public List<GrievanceEntry> timeline(long id) {
        inScope(id);
        return casework.entries(id, false);
    }

    /**
     * The vetting facts behind a named (or own-initiative) complaint: dates and kinds only, never the
     * questionnaire, findings or reasons. Empty for anonymous complaints. Audited.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<VettingFacts.Fact> vettingFacts(long id) {
        String purpose = "grievance " + id + " vetting facts";
        personalData.requireRole("Grievance", id, purpose, Roles.GRIEVANCE_OFFICER);
        Grievance g = personalData.check("Grievance", id, purpose, () -> inScope(id));
        if (g.getPerson() == null) {
            return List.of();
        }
        audit.record(AuditAction.READ, "Person", g.getPerson().getId(), "purpose=" + purpose);
        return vettingFacts.forPerson(g.getPerson().getId());
    }

    /** The complaints linked to this one: the earlier one it follows and the later ones that follow it. */
    public List<GrievanceRow> linked(long id) {
        Grievance g = inScope(id);
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("related", g.getRelatedId() == null ? Long.valueOf(-1) : g.getRelatedId());
        return rows(" where g.relatedId = :id or g.id = :related", params, "g.lodgedAt, g.id",
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    /** Every file of the complaint, the complainant's and the desk's, without contents. */
    public List<AttachmentView> attachments(long id) {
        inScope(id);
        return attachments.all(id);
    }

    /** A file of the complaint with its content, for a download (audited, a refusal too). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public GrievanceAttachment attachment(long id, long attachmentId) {
        String purpose = "grievance " + id + " file";
        personalData.requireRole("GrievanceAttachment", attachmentId, purpose, Roles.GRIEVANCE_OFFICER);
        Grievance g = personalData.check("GrievanceAttachment", attachmentId, purpose, () -> inScope(id));
        return personalData.check("GrievanceAttachment", attachmentId, purpose,
                () -> attachments.content(g, attachmentId, false, caller.name()));
    }

    /** The desk adds a file to the case (a document from the employer, a record); not shown to the complainant. */
    public AttachmentView attach(long id, @NotNull Upload file) {
        return attachments.add(inScope(id), caller.name(), false, file.fileName(), file.contentType(), file.content());
    }

    /** The desk adds a file whose body is still arriving (the API): scope first, then the body, at most the limit. */
    public AttachmentView attach(long id, String fileName, String contentType, @NotNull UploadBody body) {
        Grievance g = inScope(id);
        return attachments.add(g, caller.name(), false, fileName, contentType, Attachments.read(body));
    }

    /** Confirms receipt to the complainant (target: GRIEVANCE_ACK_DAYS), optionally with a message. */
    public Grievance acknowledge(long id, long version, String message) {
        Grievance g = inScope(id);
        checkVersion(g, version);
        casework.transition(g, GrievanceStatus.ACKNOWLEDGED, caller.name(), null);
        if (message != null && !message.isBlank()) {
            casework.addEntry(g, EntryKind.MESSAGE_TO_COMPLAINANT, caller.name(), message);
        }
        return g;
    }

    public Grievance startInvestigation(long id, long version) {
        Grievance g = inScope(id);
        checkVersion(g, version);
        casework.transition(g, GrievanceStatus.INVESTIGATING, caller.name(), null);
        return g;
    }

    /** Decides with reasons; (partly) substantiated complaints name their remedies. */
    public Grievance decide(long id, long version, @NotNull @Valid Decision d) {
        Grievance g = inScope(id);
        checkVersion(g, version);
        Set<Remedy> remedies = d.remedies() == null ? Set.of() : d.remedies();
        GrievanceRules.decision(d.outcome(), d.reasons(), remedies);
        if (!g.getStatus().canBecome(GrievanceStatus.DECIDED)) {
            throw new BusinessException("grievance.transitionRefused", g.getStatus(), GrievanceStatus.DECIDED);
        }
        g.decide(d.outcome(), d.reasons().strip(), remedies,
                d.remedyDetail() == null || d.remedyDetail().isBlank() ? null : d.remedyDetail().strip());
        casework.transition(g, GrievanceStatus.DECIDED, caller.name(), ChangeLog.create().set("outcome", d.outcome())
                .set("remedies", remedies.stream().map(Enum::name).sorted().collect(Collectors.joining(","))).toString());
        return g;
    }

    /** A message to the complainant (a question, a request for information). */
    public GrievanceEntry message(long id, String text) {
        return casework.addEntry(inScope(id), EntryKind.MESSAGE_TO_COMPLAINANT, caller.name(), text);
    }

    /** An internal note or a record of a request to the employer; never shown to the complainant. */
    public GrievanceEntry note(long id, @NotNull EntryKind kind, String text) {
        if (kind != EntryKind.NOTE && kind != EntryKind.EMPLOYER_REQUEST) {
            throw new BusinessException("grievance.noteKind", kind);
        }
        return casework.addEntry(inScope(id), kind, caller.name(), text);
    }

    /**
     * Opens a case on the desk's own initiative from a transfer record's alert (one case per record): the person,
     * employer and the kind of treatment come from the record.
     */
    public Grievance openFromAlert(long transferRecordId, String description) {
        TransferRecord t = em.find(TransferRecord.class, transferRecordId);
        if (t == null) {
            throw new NotFoundException("TransferRecord", transferRecordId);
        }
        if (t.getAlertReason() == null) {
            throw new BusinessException("grievance.noAlert", transferRecordId);
        }
        Long existing = caseOf(transferRecordId);
        if (existing != null) {
            throw new BusinessException("grievance.caseExists", existing);
        }
        GrievanceType type = switch (t.getAlertReason()) {
            case "DISMISSAL" -> GrievanceType.DISMISSAL;
            case "DEMOTION" -> GrievanceType.DEMOTION;
            default -> GrievanceType.PAY_CUT;
        };
        Ground ground = switch (t.getReason()) {
            case REFUSAL -> Ground.REFUSED_CONSENT;
            case WITHDRAWAL -> Ground.WITHDREW_CONSENT;
            case UNFAVOURABLE_RESULT -> Ground.EVALUATION_RESULT;
        };
        Grievance g = new Grievance(Channel.OWN_INITIATIVE, type, ground,
                GrievanceRules.text(description, Grievance.DESCRIPTION_LENGTH));
        g.identifyComplainant(null, t.getPerson());
        g.setOccurredOn(t.getMovedOn());
        g.setTransferRecordId(transferRecordId);
        return casework.lodge(g, t.getEmployer().getId(), null, caller.name());
    }

    /** The case opened from a transfer record, if any. */
    @RolesAllowed({Roles.GRIEVANCE_OFFICER, Roles.AGENCY_SECURITY_OFFICER, Roles.ADMIN})
    public Long caseOf(long transferRecordId) {
        return em.createQuery("select g.id from Grievance g where g.transferRecordId = :t", Long.class)
                .setParameter("t", transferRecordId).getResultStream().findFirst().orElse(null);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Statistics and the annual-report export (no personal data)
    // ----------------------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.GRIEVANCE_OFFICER, Roles.AUDITOR})
    public GrievanceStatistics statistics(@NotNull LocalDate from, @NotNull LocalDate to) {
        Map<String, Object> params = period(from, to);
        String where = " where g.lodgedAt >= :from and g.lodgedAt < :to" + scopeClause(params);
        List<GrievanceStatistics.Count> byType = counts("select g.type, count(g) from Grievance g join g.desk d"
                + where + " group by g.type order by g.type", params);
        List<GrievanceStatistics.Count> byOutcome = counts("select g.outcome, count(g) from Grievance g join g.desk d"
                + where + " and g.outcome is not null group by g.outcome order by g.outcome", params);
        List<GrievanceStatistics.Count> byChannel = counts("select g.channel, count(g) from Grievance g join g.desk d"
                + where + " group by g.channel order by g.channel", params);
        TypedQuery<Object[]> employers = em.createQuery("select e.code, e.nameJa, e.nameEn, count(g) from Grievance g"
                + " join g.desk d join g.employer e" + where + " group by e.code, e.nameJa, e.nameEn order by e.code",
                Object[].class);
        params.forEach(employers::setParameter);
        List<GrievanceStatistics.Count> byEmployer = employers.getResultList().stream()
                .map(r -> new GrievanceStatistics.Count((String) r[0], (String) r[1], (String) r[2], (Long) r[3]))
                .toList();
        TypedQuery<Object[]> times = em.createQuery("select g.lodgedAt, g.acknowledgedAt, g.decidedAt, g.status,"
                + " g.ackDue, g.decisionDue from Grievance g join g.desk d" + where, Object[].class);
        params.forEach(times::setParameter);
        List<Long> toAck = new ArrayList<>();
        List<Long> toDecide = new ArrayList<>();
        long overdue = 0;
        long total = 0;
        LocalDate today = clock.today();
        for (Object[] r : times.getResultList()) {
            total++;
            LocalDate lodged = ((LocalDateTime) r[0]).toLocalDate();
            if (r[1] != null) {
                toAck.add(Deadlines.daysBetween(lodged, ((LocalDateTime) r[1]).toLocalDate()));
            }
            if (r[2] != null) {
                toDecide.add(Deadlines.daysBetween(lodged, ((LocalDateTime) r[2]).toLocalDate()));
            }
            Deadlines.Clock c = Deadlines.clock((GrievanceStatus) r[3], (LocalDate) r[4], (LocalDate) r[5], today);
            if (c != null && c.overdue()) {
                overdue++;
            }
        }
        return new GrievanceStatistics(total, byType, byEmployer, byOutcome, byChannel, average(toAck),
                average(toDecide), overdue);
    }

    /** The column names of {@link #exportCsv} (the REST API's; the portal shows them in words). */
    public static final String CSV_HEADER = "id,lodged_on,channel,type,ground,employer,desk,status,outcome,"
            + "remedies,days_to_acknowledge,days_to_decide,related_id";

    /**
     * The complaints lodged in a period as CSV for the annual report: kinds, organizations, dates and outcomes,
     * no names, no texts. Audited as an export.
     */
    @RolesAllowed({Roles.GRIEVANCE_OFFICER, Roles.AUDITOR})
    public String exportCsv(@NotNull LocalDate from, @NotNull LocalDate to) {
        Map<String, Object> params = period(from, to);
        String where = " where g.lodgedAt >= :from and g.lodgedAt < :to" + scopeClause(params);
        TypedQuery<Object[]> q = em.createQuery("select g.id, g.lodgedAt, g.channel, g.type, g.ground, e.code, d.code,"
                + " g.status, g.outcome, g.acknowledgedAt, g.decidedAt, g.relatedId from Grievance g join g.desk d"
                + " join g.employer e" + where + " order by g.lodgedAt, g.id", Object[].class);
        params.forEach(q::setParameter);
        TypedQuery<Object[]> rq = em.createQuery("select g.id, r from Grievance g join g.desk d join g.remedies r"
                + where, Object[].class);
        params.forEach(rq::setParameter);
        Map<Long, String> remedies = new TreeMap<>();
        rq.getResultList().forEach(r -> remedies.merge((Long) r[0], r[1].toString(), (a, b) -> a + ";" + b));
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        int count = 0;
        for (Object[] r : q.getResultList()) {
            count++;
            LocalDate lodged = ((LocalDateTime) r[1]).toLocalDate();
            csv.append(r[0]).append(',').append(lodged).append(',').append(r[2]).append(',').append(r[3]).append(',')
                    .append(r[4]).append(',').append(csvField((String) r[5])).append(',')
                    .append(csvField((String) r[6])).append(',').append(r[7]).append(',')
                    .append(r[8] == null ? "" : r[8]).append(',')
                    .append(remedies.getOrDefault((Long) r[0], "")).append(',')
                    .append(r[9] == null ? "" : Deadlines.daysBetween(lodged, ((LocalDateTime) r[9]).toLocalDate()))
                    .append(',')
                    .append(r[10] == null ? "" : Deadlines.daysBetween(lodged, ((LocalDateTime) r[10]).toLocalDate()))
                    .append(',').append(r[11] == null ? "" : r[11]).append("\r\n");
        }
        audit.record(AuditAction.EXPORT, "Grievance", null, "csv from=" + from + " to=" + to + " rows=" + count);
        return csv.toString();
    }

    // ----------------------------------------------------------------------------------------------------------

    private Page<GrievanceRow> rows(String clause, Map<String, Object> params, String order, PageRequest page) {
        TypedQuery<Object[]> q = em.createQuery(ROW + clause + " order by " + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(g) from Grievance g join g.desk d join g.employer e"
                + clause, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        LocalDate today = clock.today();
        List<GrievanceRow> rows = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> row(r, today)).toList();
        return new Page<>(rows, count.getSingleResult());
    }

    private static GrievanceRow row(Object[] r, LocalDate today) {
        GrievanceStatus status = (GrievanceStatus) r[3];
        return new GrievanceRow((Long) r[0], (Channel) r[1], (GrievanceType) r[2], status, (String) r[4],
                (String) r[5], (String) r[6], (LocalDateTime) r[7], (LocalDate) r[8], (LocalDate) r[9],
                (jp.clearance.grievance.entity.Outcome) r[10], (Long) r[11],
                Deadlines.clock(status, (LocalDate) r[8], (LocalDate) r[9], today));
    }

    private List<GrievanceStatistics.Count> counts(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList().stream()
                .map(r -> new GrievanceStatistics.Count(r[0].toString(), null, null, (Long) r[1])).toList();
    }

    private Map<String, Object> period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BusinessException("grievance.periodInvalid", from, to);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", from.atStartOfDay());
        params.put("to", to.plusDays(1).atStartOfDay());
        return params;
    }

    private String scopeClause(Map<String, Object> params) {
        Long scope = caller.hasRole(Roles.AUDITOR) ? null : caller.scopeOrganizationId();
        if (scope == null) {
            return "";
        }
        params.put("scope", scope);
        return " and d.id = :scope";
    }

    private static Double average(List<Long> days) {
        return days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static String csvField(String s) {
        return Csv.cell(s);
    }

    /** A complaint of the desk's scope, or not found (the caller may not know it exists). */
    private Grievance inScope(long id) {
        Grievance g = em.createQuery("select g from Grievance g join fetch g.desk join fetch g.employer"
                        + " left join fetch g.person where g.id = :id", Grievance.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        Long scope = caller.scopeOrganizationId();
        if (g == null || scope != null && !scope.equals(g.getDesk().getId())) {
            throw new NotFoundException("Grievance", id);
        }
        return g;
    }

    private Grievance own(long id) {
        Grievance g = em.createQuery("select g from Grievance g join fetch g.desk join fetch g.employer"
                + " where g.id = :id", Grievance.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (g == null || !Objects.equals(g.getComplainantUsername(), caller.name())) {
            throw new NotFoundException("Grievance", id);
        }
        return g;
    }

    private Long earlierOwn(Long relatedId) {
        if (relatedId != null) {
            return own(relatedId).getId();
        }
        return em.createQuery("select g.id from Grievance g where g.complainantUsername = :u"
                        + " order by g.lodgedAt desc, g.id desc", Long.class).setParameter("u", caller.name())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static void checkVersion(Grievance g, long version) {
        if (g.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
    }

    private ComplaintView view(Grievance g) {
        em.flush();
        return Views.complaint(g, casework.entries(g.getId(), true), attachments.complainantSide(g));
    }
}
