package jp.clearance.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.notification.control.Notifier;
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
import jp.clearance.vetting.control.VettingPdf;
import jp.clearance.vetting.control.VettingPdf.Block;
import jp.clearance.vetting.control.VettingSupport;
import jp.clearance.vetting.entity.CircumstanceChange;
import jp.clearance.vetting.entity.CircumstanceKind;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityStatus;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * Certificates of eligibility (the records themselves, suspension and revocation belong to the designation module's
 * {@code Eligibilities}): the holder's own certificates and their PDF, the officers' list of certificates expiring
 * within the warning period (reference data) with one reminder each, and changes of circumstances reported by holders.
 */
@Stateless
@RolesAllowed(Roles.EMPLOYEE)
public class Certificates {
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
    ReferenceData reference;

    /** The caller's own eligibility records. */
    public List<CertificateRow> mine() {
        Long person = support.callerPersonId().orElse(-1L);
        return rows(em.createQuery("select l from Eligibility l join fetch l.person join fetch l.organ"
                + " where l.person.id = :p order by l.validUntil desc", Eligibility.class).setParameter("p", person)
                .setMaxResults(100).getResultList());
    }

    /** The certificate of an eligibility as a PDF (Japanese), for its holder or the officers of its organ or employer. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.AGENCY_SECURITY_OFFICER})
    public byte[] certificate(long eligibilityId) {
        Eligibility el = visible(eligibilityId);
        audit.record(AuditAction.EXPORT, "Eligibility", eligibilityId, "certificate");
        Person p = el.getPerson();
        String level = reference.levels(clock.today()).stream().filter(l -> l.getCode().equals(el.getLevelCode()))
                .map(l -> l.getNameJa() + "（" + l.getNameEn() + "）").findFirst().orElse(el.getLevelCode());
        String status = switch (el.getStatus()) {
            case VALID -> "有効";
            case SUSPENDED -> "停止中";
            case REVOKED -> "取消し";
            case EXPIRED -> "期間満了";
        };
        return VettingPdf.render("適性評価結果証明書", List.of(
                Block.title("適性評価結果証明書"),
                Block.text("Certificate of eligibility (security clearance)"),
                Block.text("氏名 / Name: " + p.fullName() + (p.getLatinName() == null ? "" : "（" + p.getLatinName() + "）")),
                Block.text("所属 / Employer: " + p.getEmployer().getNameJa()),
                Block.text("区分 / Level: " + level),
                Block.text("評価実施機関 / Organ: " + el.getOrgan().getNameJa() + "（" + el.getOrgan().getNameEn() + "）"),
                Block.text("通知日 / Notified on: " + Dates.bilingual(el.getNotifiedOn())),
                Block.text("有効期限 / Valid until: " + Dates.bilingual(el.getValidUntil())),
                Block.text("状態 / Status: " + status + " (" + el.getStatus() + ")　証明書番号 / No.: " + el.getId()),
                Block.text("この証明書は、上記の者について適性評価の結果、特定の情報を漏らすおそれがないと認められたことを証する。"
                        + "有効期間内であっても、停止又は取消しにより効力を失う。最新の状態はClearanceで確認すること。")));
    }

    /** Certificates of the officer's organization (or all, for the Cabinet Office) ending within the warning period. */
    @RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
    public Page<CertificateRow> expiring(PageRequest page) {
        LocalDate today = clock.today();
        LocalDate horizon = today.plusDays(warningDays(today));
        Map<String, Object> params = new HashMap<>();
        String where = " where l.status = :valid and l.validUntil <= :horizon";
        params.put("valid", EligibilityStatus.VALID);
        params.put("horizon", horizon);
        if (!caller.isCentral()) {
            where += " and (l.organ.id = :org or l.person.employer.id = :org)";
            params.put("org", caller.organizationId());
        }
        TypedQuery<Eligibility> query = em.createQuery("select l from Eligibility l join fetch l.person join fetch l.organ"
                + where + " order by l.validUntil, l.id", Eligibility.class);
        TypedQuery<Long> ids = em.createQuery("select l.id from Eligibility l" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        return Counting.page(rows(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()),
                Counting.capped(ids));
    }

    /**
     * Sends one reminder per certificate entering the warning period: to the holder and the officers of the organ.
     * Returns how many were sent. Called by {@link ExpiryReminders} every day and by an officer on demand.
     */
    @RolesAllowed(Roles.AGENCY_SECURITY_OFFICER)
    public int sendReminders() {
        return remind();
    }

    int remind() {
        LocalDate today = clock.today();
        LocalDate horizon = today.plusDays(warningDays(today));
        List<Eligibility> due = em.createQuery("select l from Eligibility l join fetch l.person join fetch l.organ"
                        + " where l.status = :valid and l.validUntil <= :horizon and l.validUntil >= :today and not exists"
                        + " (select r.eligibilityId from EligibilityReminder r where r.eligibilityId = l.id)", Eligibility.class)
                .setParameter("valid", EligibilityStatus.VALID).setParameter("horizon", horizon)
                .setParameter("today", today).setMaxResults(500).getResultList();
        for (Eligibility l : due) {
            em.persist(new jp.clearance.vetting.entity.EligibilityReminder(l.getId(), today));
            support.usernameOf(l.getPerson().getId()).ifPresent(u ->
                    notifier.toUser(u, "notification.vetting.expiring", "Eligibility", l.getId(), l.getValidUntil()));
            notifier.toRole(l.getOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.expiringOfficer",
                    "Eligibility", l.getId(), l.getPerson().fullName(), l.getValidUntil());
            audit.record(AuditAction.CREATE, "EligibilityReminder", l.getId(), "validUntil=" + l.getValidUntil());
        }
        return due.size();
    }

    /** A holder reports a change of circumstances: recorded, and the organs of their valid certificates are told. */
    public CircumstanceChange reportChange(CircumstanceKind kind, String description) {
        if (kind == null) {
            throw new BusinessException("vetting.change.kindRequired");
        }
        if (description == null || description.isBlank()) {
            throw new BusinessException("vetting.change.descriptionRequired");
        }
        if (description.length() > CircumstanceChange.DESCRIPTION_LENGTH) {
            throw new BusinessException("vetting.tooLong");
        }
        Long personId = support.callerPersonId().orElseThrow(() -> new BusinessException("vetting.noPerson"));
        Person person = em.find(Person.class, personId);
        CircumstanceChange c = new CircumstanceChange(person, kind, description.trim(), clock.today());
        c.stamp(caller.name(), clock.now());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CREATE, "CircumstanceChange", c.getId(), "person=" + personId + "; kind=" + kind);
        List<Long> organs = em.createQuery("select distinct l.organ.id from Eligibility l where l.person.id = :p"
                + " and l.status = :valid", Long.class).setParameter("p", personId)
                .setParameter("valid", EligibilityStatus.VALID).getResultList();
        for (Long organ : organs) {
            notifier.toRole(organ, Roles.AGENCY_SECURITY_OFFICER, "notification.vetting.circumstance",
                    "CircumstanceChange", c.getId(), person.fullName(), kind.name());
        }
        return c;
    }

    /**
     * The changes of circumstances of a holder. The holder and the privacy circle (the investigator assigned to one of
     * their evaluations, the adjudicator of the requesting organ once reported, auditors) read the description; the
     * officers of the organs of their certificates (or employer) learn kind and date only.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public List<CircumstanceView> changes(long personId) {
        personalData.requireRole("CircumstanceChange", personId, "changes of circumstances", Roles.EMPLOYEE,
                Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR, Roles.AUDITOR);
        boolean own = caller.hasRole(Roles.EMPLOYEE) && support.callerPersonId().map(p -> p == personId).orElse(false);
        boolean circle = own || caller.hasRole(Roles.AUDITOR) || inCircleOf(personId);
        boolean officer = caller.hasRole(Roles.AGENCY_SECURITY_OFFICER) && (caller.isCentral() || !em.createQuery(
                        "select l.id from Eligibility l where l.person.id = :p and (l.organ.id = :org"
                                + " or l.person.employer.id = :org)", Long.class)
                .setParameter("p", personId).setParameter("org", caller.organizationId()).setMaxResults(1)
                .getResultList().isEmpty());
        if (!circle && !officer) {
            throw personalData.refused("CircumstanceChange", personId, "changes of circumstances",
                    new NotFoundException("Person", personId));
        }
        audit.record(AuditAction.READ, "CircumstanceChange", personId, circle
                ? "purpose=changes of circumstances" : "purpose=changes of circumstances (kind and date only)");
        return em.createQuery("select c from CircumstanceChange c where c.person.id = :p order by c.reportedOn desc, c.id desc",
                        CircumstanceChange.class).setParameter("p", personId).setMaxResults(200).getResultList().stream()
                .map(c -> new CircumstanceView(c.getId(), personId, c.getKind().name(), circle ? c.getDescription() : null,
                        c.getReportedOn())).toList();
    }

    /** The caller investigates one of the person's evaluations, or adjudicates one of them after the report. */
    private boolean inCircleOf(long personId) {
        boolean investigator = caller.hasRole(Roles.INVESTIGATOR);
        boolean adjudicator = caller.hasRole(Roles.ADJUDICATOR);
        if (!investigator && !adjudicator) {
            return false;
        }
        List<String> who = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("p", personId);
        if (investigator) {
            who.add("e.investigator = :me");
            params.put("me", caller.name());
        }
        if (adjudicator) {
            who.add("(e.requestingOrgan.id = :org and e.state in :reported)");
            params.put("org", caller.organizationId() == null ? -1L : caller.organizationId());
            params.put("reported", Set.of(EvaluationState.REPORTED, EvaluationState.FAVOURABLE, EvaluationState.UNFAVOURABLE));
        }
        TypedQuery<Long> q = em.createQuery("select e.id from Evaluation e where e.person.id = :p and ("
                + String.join(" or ", who) + ")", Long.class);
        params.forEach(q::setParameter);
        return !q
                .setMaxResults(1).getResultList().isEmpty();
    }

    private Eligibility visible(long id) {
        Eligibility el = em.find(Eligibility.class, id);
        if (el == null) {
            throw new NotFoundException("Eligibility", id);
        }
        boolean own = support.callerPersonId().map(p -> p.equals(el.getPerson().getId())).orElse(false)
                && caller.hasRole(Roles.EMPLOYEE);
        Long org = caller.organizationId();
        boolean officer = caller.hasRole(Roles.AGENCY_SECURITY_OFFICER) && (caller.isCentral()
                || el.getOrgan().getId().equals(org) || el.getPerson().getEmployer().getId().equals(org));
        if (!own && !officer) {
            throw new NotFoundException("Eligibility", id);
        }
        return el;
    }

    private long warningDays(LocalDate today) {
        return reference.parameter("CERTIFICATE_EXPIRY_WARNING_DAYS", today).getValueNum();
    }

    private List<CertificateRow> rows(List<Eligibility> list) {
        LocalDate today = clock.today();
        long warning = warningDays(today);
        List<CertificateRow> out = new ArrayList<>();
        for (Eligibility l : list) {
            long left = ChronoUnit.DAYS.between(today, l.getValidUntil());
            out.add(new CertificateRow(l.getId(), l.getPerson().getId(), l.getPerson().fullName(), l.getLevelCode(),
                    l.getOrgan().getCode(), l.getOrgan().getNameJa(), l.getOrgan().getNameEn(), l.getSource().name(),
                    l.getEvaluationId(), l.getNotifiedOn(), l.getValidUntil(), l.getStatus().name(), left,
                    l.getStatus() == EligibilityStatus.VALID && left <= warning));
        }
        return out;
    }
}
