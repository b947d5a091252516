package jp.clearance.incident.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import jp.clearance.designation.entity.Designation;
import jp.clearance.incident.control.IncidentLaw;
import jp.clearance.incident.control.IncidentRecords;
import jp.clearance.incident.control.Maxima;
import jp.clearance.incident.control.Sentence;
import jp.clearance.incident.control.SentenceRule;
import jp.clearance.incident.entity.Charge;
import jp.clearance.incident.entity.ChargeStatus;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentEventKind;
import jp.clearance.incident.entity.IncidentParty;
import jp.clearance.incident.entity.JudgmentOutcome;
import jp.clearance.incident.entity.PartyRole;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.Csv;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.entity.Penalty;

/**
 * Charges against the parties of an incident and their proceedings (referral, prosecutor's decision, judgment with the
 * sentence, appeal, finality, fine paid), the penalty ledger and the incident statistics. The act follows the level of
 * the designation charged; the maxima are those of the penalty row in force on the day of the offence, and a sentence
 * beyond them is refused by {@link SentenceRule}. Each step moves the charge's {@link ChargeStatus}, is audited and
 * written to the incident's timeline.
 */
@Stateless
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class Charges {
    /** At most this many lines go into one CSV export of the ledger. */
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
    IncidentLaw law;

    @Inject
    IncidentRecords incidents;

    /** The offences that may be charged for a designation of the incident: the rows of its act in force on the offence day. */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<Penalty> offences(long incidentId, long designationId) {
        Incident i = incidents.inScope(incidentId);
        return law.penalties(involved(incidentId, designationId).getAct(), i.getOccurredOn());
    }

    private Designation involved(long incidentId, long designationId) {
        return em.createQuery("select d from IncidentDesignation l join l.designation d where l.incident.id = :i"
                        + " and d.id = :d", Designation.class).setParameter("i", incidentId).setParameter("d", designationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("charge.designationNotInvolved"));
    }

    /**
     * Lays a charge against a party for an offence ({@code penaltyCode}) concerning a designation of the incident. The
     * penalty row must belong to the act of the designation's level and be in force on the day of the offence; a
     * company may only be charged where the article has a dual-liability fine; an administrative organ is part of the
     * State and cannot be charged or fined at all (the dual-liability provisions punish a juridical person or employer,
     * not the State).
     */
    public ChargeRow lay(long incidentId, long partyId, long designationId, @NotBlank String penaltyCode) {
        Incident i = incidents.inScope(incidentId);
        if (!i.getStatus().isOpen()) {
            throw new BusinessException("incident.closed");
        }
        IncidentParty party = em.find(IncidentParty.class, partyId);
        if (party == null || !party.getIncident().getId().equals(incidentId)) {
            throw new NotFoundException("IncidentParty", partyId);
        }
        if (party.getRole() == PartyRole.ORGAN) {
            throw new BusinessException("charge.organNotLiable", party.getOrganization().getCode());
        }
        Designation d = involved(incidentId, designationId);
        Penalty p = law.penalty(penaltyCode, i.getOccurredOn());
        if (p.getAct() != d.getAct()) {
            throw new BusinessException("charge.wrongAct", p.getCode(), d.getLevelCode(), d.getAct().name());
        }
        if (!p.isPunishable()) {
            throw new BusinessException("charge.notPunishable", p.getCode());
        }
        if (party.isCorporate() && p.getCorporateFineYen() == null) {
            throw new BusinessException("charge.noDualLiability", new jp.clearance.platform.Provision(p.getAct().name(),
                    p.getArticle() == null ? p.getCode() : p.getArticle()));
        }
        Charge c = new Charge(i, party, d, p);
        c.stamp(caller.name(), clock.now());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CREATE, "Charge", c.getId(), ChangeLog.create().set("incident", incidentId)
                .set("party", partyId).set("designation", designationId).set("penalty", p.getCode())
                .set("article", p.getArticle()).set("maxPrisonMonths", p.getMaxPrisonMonths())
                .set("maxFineYen", p.getMaxFineYen()).set("corporateFineYen", c.isCorporate() ? p.getCorporateFineYen() : null)
                .toString());
        incidents.event(incidentId, IncidentEventKind.CHARGE_LAID, "charge " + c.getId() + ": " + p.getCode()
                + " (" + p.getArticle() + ") party " + partyId);
        return row(c, clock.today());
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<ChargeRow> charges(long incidentId) {
        incidents.inScope(incidentId);
        LocalDate today = clock.today();
        return em.createQuery("select c from Charge c join fetch c.party p left join fetch p.person left join fetch"
                        + " p.organization join fetch c.designation where c.incident.id = :i order by c.id", Charge.class)
                .setParameter("i", incidentId).getResultList().stream().map(c -> row(c, today)).toList();
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public ChargeRow find(long chargeId) {
        return row(inScope(chargeId), clock.today());
    }

    private Charge inScope(long chargeId) {
        Charge c = em.find(Charge.class, chargeId);
        if (c == null) {
            throw new NotFoundException("Charge", chargeId);
        }
        try {
            incidents.inScope(c.getIncident().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Charge", chargeId);
        }
        return c;
    }

    private Charge forChange(long chargeId, long version) {
        Charge c = inScope(chargeId);
        if (c.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        return c;
    }

    private void requireDate(LocalDate on, LocalDate notBefore) {
        if (on.isAfter(clock.today())) {
            throw new BusinessException("charge.dateInFuture", on);
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new BusinessException("charge.dateBeforePrevious", on, notBefore);
        }
    }

    /** Referral to the public prosecutors (送致・告発), not before the offence. */
    public ChargeRow refer(long chargeId, long version, @NotNull LocalDate on) {
        Charge c = forChange(chargeId, version);
        c.getStatus().requireTransitionTo(ChargeStatus.REFERRED);
        requireDate(on, c.getIncident().getOccurredOn());
        c.moveTo(ChargeStatus.REFERRED);
        c.setReferredOn(on);
        return step(c, ChangeLog.create().diff("status", ChargeStatus.LAID, ChargeStatus.REFERRED).set("referredOn", on));
    }

    /** The prosecutor's decision: indicted (起訴) or not (不起訴), not before the referral. */
    public ChargeRow decide(long chargeId, long version, boolean indicted, @NotNull LocalDate on) {
        Charge c = forChange(chargeId, version);
        ChargeStatus to = indicted ? ChargeStatus.INDICTED : ChargeStatus.NOT_INDICTED;
        c.getStatus().requireTransitionTo(to);
        requireDate(on, c.getReferredOn());
        c.moveTo(to);
        c.setDecisionOn(on);
        return step(c, ChangeLog.create().diff("status", ChargeStatus.REFERRED, to).set("decisionOn", on));
    }

    /**
     * A judgment (first instance, or on appeal): the court, the date, and for a conviction the sentence, which must be
     * within the statutory maximum ({@link SentenceRule}). The appeal deadline follows from APPEAL_PERIOD_DAYS.
     */
    public ChargeRow judge(long chargeId, long version, @NotBlank String court, @NotNull LocalDate on,
                           @NotNull JudgmentOutcome outcome, Sentence sentence) {
        Charge c = forChange(chargeId, version);
        ChargeStatus from = c.getStatus();
        from.requireTransitionTo(ChargeStatus.JUDGED);
        requireDate(on, from == ChargeStatus.APPEALED ? c.getAppealedOn() : c.getDecisionOn());
        Sentence s = sentence == null ? new Sentence(null, false, null, null) : sentence;
        if (outcome == JudgmentOutcome.CONVICTED && c.getParty().getRole() == PartyRole.ORGAN) {
            throw new BusinessException("charge.organNotLiable", c.getParty().getOrganization().getCode());
        }
        if (outcome == JudgmentOutcome.CONVICTED) {
            SentenceRule.check(c.maxima(), s, c.isCorporate(), law.suspensionLimits(on));
        }
        if (court.trim().length() > Charge.COURT_LENGTH) {
            throw new BusinessException("charge.courtTooLong", Charge.COURT_LENGTH);
        }
        LocalDate deadline = law.parameter(IncidentLaw.APPEAL_PERIOD_DAYS, on).addTo(on);
        c.moveTo(ChargeStatus.JUDGED);
        c.judge(court.trim(), on, outcome, s, deadline);
        return step(c, ChangeLog.create().diff("status", from, ChargeStatus.JUDGED).set("judgmentOn", on)
                .set("outcome", outcome).set("prisonMonths", c.getPrisonMonths())
                .set("suspensionMonths", c.getSuspensionMonths()).set("fineYen", c.getFineYen())
                .set("appealDeadline", deadline));
    }

    /** An appeal, lodged within the appeal period. */
    public ChargeRow appeal(long chargeId, long version, @NotNull LocalDate on) {
        Charge c = forChange(chargeId, version);
        c.getStatus().requireTransitionTo(ChargeStatus.APPEALED);
        requireDate(on, c.getJudgmentOn());
        if (on.isAfter(c.getAppealDeadline())) {
            throw new BusinessException("charge.appealTooLate", on, c.getAppealDeadline());
        }
        c.moveTo(ChargeStatus.APPEALED);
        c.setAppealedOn(on);
        return step(c, ChangeLog.create().diff("status", ChargeStatus.JUDGED, ChargeStatus.APPEALED).set("appealedOn", on));
    }

    /** The judgment became final (確定), not before it was pronounced. */
    public ChargeRow finalize(long chargeId, long version, @NotNull LocalDate on) {
        Charge c = forChange(chargeId, version);
        c.getStatus().requireTransitionTo(ChargeStatus.FINAL);
        requireDate(on, c.getJudgmentOn());
        c.moveTo(ChargeStatus.FINAL);
        c.setFinalOn(on);
        return step(c, ChangeLog.create().diff("status", ChargeStatus.JUDGED, ChargeStatus.FINAL).set("finalOn", on));
    }

    /** Records the fine paid so far (at most the fine imposed), once a fine has been imposed. */
    public ChargeRow recordPayment(long chargeId, long version, long amountYen, @NotNull LocalDate on) {
        Charge c = forChange(chargeId, version);
        if (c.getFineYen() == null) {
            throw new BusinessException("charge.noFineImposed");
        }
        if (amountYen < 0 || amountYen > c.getFineYen()) {
            throw new BusinessException("charge.paymentAboveFine", amountYen, c.getFineYen());
        }
        requireDate(on, c.getJudgmentOn());
        Long before = c.getFinePaidYen();
        c.finePaid(amountYen, on);
        c.stamp(caller.name(), clock.now());
        audit.record(AuditAction.UPDATE, "Charge", chargeId, ChangeLog.create().diff("finePaidYen", before, amountYen)
                .set("finePaidOn", on).toString());
        incidents.event(c.getIncident().getId(), IncidentEventKind.FINE_PAID, "charge " + chargeId + ": " + amountYen);
        em.flush();
        return row(c, clock.today());
    }

    /**
     * Records a step; the row returned carries the version the step gave the charge (flushed first), so that a client
     * can take the next step with it.
     */
    private ChargeRow step(Charge c, ChangeLog log) {
        c.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Charge", c.getId(), log.toString());
        incidents.event(c.getIncident().getId(), IncidentEventKind.CHARGE_STEP, "charge " + c.getId() + ": " + log);
        em.flush();
        return row(c, clock.today());
    }

    private static ChargeRow row(Charge c, LocalDate today) {
        IncidentParty p = c.getParty();
        String name = p.getPerson() != null ? p.getPerson().fullName() : p.getOrganization().getNameJa();
        String nameEn = p.getPerson() != null
                ? (p.getPerson().getLatinName() == null ? name : p.getPerson().getLatinName())
                : p.getOrganization().getNameEn();
        Maxima m = c.maxima();
        return new ChargeRow(c.getId(), c.getVersion(), c.getIncident().getId(), p.getId(), name, nameEn, c.isCorporate(),
                c.getDesignation().getId(), c.getDesignation().getReferenceNumber(), c.getDesignation().getLevelCode(),
                c.getPenaltyCode(), m.act(), m.article(), c.getOffence(), c.isPenaltyConfirmed(), c.getMaxPrisonMonths(),
                c.getMaxFineYen(), c.isFineCumulative(), c.isFineAlternative(), c.getCorporateFineYen(), c.getStatus(),
                c.getReferredOn(), c.getDecisionOn(), c.getCourt(), c.getJudgmentOn(), c.getJudgmentOutcome(),
                c.getPrisonMonths(), c.isSuspended(), c.getSuspensionMonths(), c.getFineYen(), c.getAppealDeadline(),
                c.getAppealedOn(), c.getFinalOn(), c.getFinePaidYen(), c.getFinePaidOn(), c.isAppealDeadlinePassed(today));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Ledger and statistics
    // ----------------------------------------------------------------------------------------------------------

    /** The penalty ledger: every imposed penalty (a conviction), against the maximum, newest judgment first. */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public Page<ChargeRow> ledger(@NotNull LedgerFilter filter, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String clause = ledgerWhere(filter, params);
        TypedQuery<Charge> query = em.createQuery("select c from Charge c join fetch c.party p left join fetch p.person"
                + " left join fetch p.organization join fetch c.designation" + clause
                + " order by c.judgmentOn desc, c.id desc", Charge.class);
        TypedQuery<Long> ids = em.createQuery("select c.id from Charge c" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        LocalDate today = clock.today();
        List<ChargeRow> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(c -> row(c, today)).toList();
        return Counting.page(rows, Counting.capped(ids));
    }

    /**
     * Totals of the ledger (same filter): penalties, fines imposed, paid and outstanding, for people and for companies
     * (one aggregate query in the database; a group without penalties is absent).
     */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<LedgerTotals> ledgerTotals(@NotNull LedgerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String clause = ledgerWhere(filter, params);
        TypedQuery<Object[]> query = em.createQuery("select c.corporate, count(c), sum(coalesce(c.fineYen, 0)),"
                + " sum(coalesce(c.finePaidYen, 0)) from Charge c" + clause + " group by c.corporate order by c.corporate",
                Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> {
            long imposed = r[2] == null ? 0 : ((Number) r[2]).longValue();
            long paid = r[3] == null ? 0 : ((Number) r[3]).longValue();
            return new LedgerTotals((Boolean) r[0], ((Number) r[1]).longValue(), imposed, paid, imposed - paid);
        }).toList();
    }

    private String ledgerWhere(LedgerFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("c.judgmentOutcome = :convicted");
        params.put("convicted", JudgmentOutcome.CONVICTED);
        Long scope = caller.scopeOrganizationId();
        if (scope != null) {
            where.add("c.incident.organ.id = :scope");
            params.put("scope", scope);
        }
        if (filter.corporate() != null) {
            where.add("c.corporate = :corporate");
            params.put("corporate", filter.corporate());
        }
        if (filter.year() != null) {
            where.add("c.judgmentOn >= :from and c.judgmentOn < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        return " where " + String.join(" and ", where);
    }

    /** The column names of {@link #ledgerCsv} (the REST API's; the portal shows them in words). */
    public static final String LEDGER_CSV_HEADER = "incident,charge,party,company,act,article,penalty,confirmed,"
            + "designation,level,judgment_on,court,max_prison_months,prison_months,suspended,suspension_months,"
            + "max_fine_yen,corporate_max_fine_yen,fine_yen,fine_paid_yen,status";

    /** The ledger as CSV (UTF-8, header first), at most {@link #EXPORT_LIMIT} lines; audited as an export. */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public String ledgerCsv(@NotNull LedgerFilter filter) {
        StringBuilder csv = new StringBuilder(LEDGER_CSV_HEADER).append("\r\n");
        int written = 0;
        int first = 0;
        List<ChargeRow> page = ledger(filter, new PageRequest(0, PageRequest.MAX_SIZE, null, true)).items();
        while (!page.isEmpty() && written < EXPORT_LIMIT) {
            for (ChargeRow r : page) {
                csv.append(String.join(",", cell(r.incidentId()), cell(r.id()), cell(r.partyName()), cell(r.corporate()),
                        cell(r.act()), cell(r.article()), cell(r.penaltyCode()), cell(r.penaltyConfirmed()),
                        cell(r.designationNumber()), cell(r.levelCode()), cell(r.judgmentOn()), cell(r.court()),
                        cell(r.maxPrisonMonths()), cell(r.prisonMonths()), cell(r.suspended()),
                        cell(r.suspensionMonths()), cell(r.maxFineYen()), cell(r.corporateFineYen()), cell(r.fineYen()),
                        cell(r.finePaidYen()), cell(r.status()))).append("\r\n");
                written++;
            }
            first += page.size();
            page = page.size() < PageRequest.MAX_SIZE ? List.of()
                    : ledger(filter, new PageRequest(first, PageRequest.MAX_SIZE, null, true)).items();
        }
        audit.record(AuditAction.EXPORT, "Charge", null, ChangeLog.create().set("ledgerRows", written)
                .set("corporate", filter.corporate()).set("year", filter.year()).toString());
        return csv.toString();
    }

    static String cell(Object value) {
        return Csv.cell(value);
    }

    /**
     * Incident counts by level and category of the designations involved, channel, responsible organ, outcome and
     * year of discovery (all group-by queries in the database); {@code year} limits them to one year of discovery.
     */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<StatisticsLine> statistics(Integer year) {
        Long scope = caller.scopeOrganizationId();
        String where = " where 1 = 1" + (scope == null ? "" : " and i.organ.id = :scope")
                + (year == null ? "" : " and i.discoveryYear = :year");
        List<StatisticsLine> lines = new ArrayList<>();
        count(lines, "LEVEL", "select d.levelCode, count(distinct i.id) from IncidentDesignation l join l.incident i"
                + " join l.designation d" + where + " group by d.levelCode order by d.levelCode", scope, year);
        count(lines, "CATEGORY", "select d.categoryCode, count(distinct i.id) from IncidentDesignation l join l.incident i"
                + " join l.designation d" + where + " group by d.categoryCode order by d.categoryCode", scope, year);
        count(lines, "CHANNEL", "select i.channel, count(i) from Incident i" + where
                + " group by i.channel order by i.channel", scope, year);
        count(lines, "ORGAN", "select o.code, count(i) from Incident i join i.organ o" + where
                + " group by o.code order by o.code", scope, year);
        count(lines, "OUTCOME", "select i.outcome, count(i) from Incident i" + where
                + " group by i.outcome order by i.outcome", scope, year);
        count(lines, "YEAR", "select i.discoveryYear, count(i) from Incident i" + where
                + " group by i.discoveryYear order by i.discoveryYear", scope, year);
        return lines;
    }

    private void count(List<StatisticsLine> lines, String dimension, String jpql, Long scope, Integer year) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        if (scope != null) {
            q.setParameter("scope", scope);
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        for (Object[] r : q.getResultList()) {
            lines.add(new StatisticsLine(dimension, String.valueOf(r[0]), ((Number) r[1]).longValue()));
        }
    }
}
