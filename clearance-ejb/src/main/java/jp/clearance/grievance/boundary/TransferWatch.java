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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.grievance.control.Targets;
import jp.clearance.grievance.control.TransferAlerts;
import jp.clearance.notification.control.Notifier;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.entity.TransferReason;
import jp.clearance.vetting.entity.TransferRecord;
import jp.clearance.vetting.entity.TransferStatus;

/**
 * Transfer records watched against retaliation. The vetting module opens one on a refusal, a withdrawal or an
 * unfavourable result ({@link #open}); the employer's security officer records the move (grade, pay, dismissal);
 * a drop in grade or pay, or a dismissal, within the watch period (TRANSFER_WATCH_MONTHS) raises an alert for the
 * Cabinet Office grievance desk, which can open a case from it ({@link Grievances#openFromAlert}). Officers see their
 * own organization's records; the grievance desk and central officers see all.
 */
@Stateless
@RolesAllowed({Roles.AGENCY_SECURITY_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.ADMIN})
public class TransferWatch {
    public static final String NOTIFY_OPENED = "notification.transfer.opened";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    AuditRecorder audit;

    @Inject
    Notifier notifier;

    @Inject
    TransferAlerts alerts;

    @Inject
    Targets targets;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    /**
     * Opens a transfer record for a person after a refusal, a withdrawal or an unfavourable result (called by the
     * vetting module), watched until today + TRANSFER_WATCH_MONTHS; the employer's security officers are notified.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR})
    public TransferRecord open(long personId, @NotNull TransferReason reason, Long evaluationId) {
        Person p = em.find(Person.class, personId);
        Long scope = caller.hasRole(Roles.ADMIN) ? null : caller.scopeOrganizationId();
        if (p == null || scope != null && !caller.hasRole(Roles.INVESTIGATOR) && !caller.hasRole(Roles.ADJUDICATOR)
                && !scope.equals(p.getEmployer().getId())) {
            throw new NotFoundException("Person", personId);
        }
        LocalDate today = clock.today();
        TransferRecord t = new TransferRecord(p, p.getEmployer(), reason, evaluationId, today,
                targets.parameter(Targets.TRANSFER_WATCH_MONTHS, today).addTo(today));
        t.stamp(caller.name(), clock.now());
        em.persist(t);
        em.flush();
        audit.record(AuditAction.CREATE, "TransferRecord", t.getId(), ChangeLog.create().set("person", personId)
                .set("reason", reason).set("evaluation", evaluationId).set("watchUntil", t.getWatchUntil()).toString());
        notifier.toRole(p.getEmployer().getId(), Roles.AGENCY_SECURITY_OFFICER, NOTIFY_OPENED, "TransferRecord",
                t.getId(), t.getId());
        return t;
    }

    public Page<TransferRow> search(@NotNull TransferFilter f, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        Long scope = scope();
        if (scope != null) {
            where.add("e.id = :scope");
            params.put("scope", scope);
        }
        if (f.employerId() != null) {
            where.add("e.id = :employer");
            params.put("employer", f.employerId());
        }
        if (f.status() != null) {
            where.add("t.status = :status");
            params.put("status", f.status());
        }
        if (f.alertedOnly()) {
            where.add("t.alertRaisedAt is not null");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<TransferRow> q = em.createQuery("select new jp.clearance.grievance.boundary.TransferRow(t.id,"
                + " p.familyName, p.givenName, e.nameJa, e.nameEn, t.reason, t.openedOn, t.watchUntil, t.status,"
                + " t.alertReason, t.alertRaisedAt) from TransferRecord t join t.person p join t.employer e" + clause
                + " order by t.openedOn desc, t.id desc", TransferRow.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from TransferRecord t join t.employer e" + clause,
                Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** A transfer record with person, employer and sections (audited: personal data of a vetted person). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public TransferRecord find(long id) {
        String purpose = "transfer watch";
        personalData.requireRole("TransferRecord", id, purpose, Roles.AGENCY_SECURITY_OFFICER, Roles.GRIEVANCE_OFFICER,
                Roles.ADMIN);
        TransferRecord t = personalData.check("TransferRecord", id, purpose, () -> {
            TransferRecord found = em.createQuery("select t from TransferRecord t join fetch t.person join fetch t.employer"
                            + " left join fetch t.previousSection left join fetch t.newSection where t.id = :id",
                            TransferRecord.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
            Long scope = scope();
            if (found == null || scope != null && !scope.equals(found.getEmployer().getId())) {
                throw new NotFoundException("TransferRecord", id);
            }
            return found;
        });
        audit.record(AuditAction.READ, "TransferRecord", id, "purpose=" + purpose);
        return t;
    }

    /** The sections of the employer a person can be moved to. */
    public List<Section> sections(long transferRecordId) {
        TransferRecord t = em.find(TransferRecord.class, transferRecordId);
        if (t == null) {
            throw new NotFoundException("TransferRecord", transferRecordId);
        }
        return em.createQuery("select s from Section s where s.organization.id = :o and s.active = true order by s.code",
                Section.class).setParameter("o", t.getEmployer().getId()).getResultList();
    }

    /**
     * The employer records the move; the record is checked at once (a drop in grade or pay, or a dismissal, within
     * the watch period raises the alert). Can be corrected until the watch closes.
     */
    @RolesAllowed({Roles.AGENCY_SECURITY_OFFICER, Roles.ADMIN})
    public TransferRecord record(long id, long version, @NotNull @Valid TransferMove m) {
        TransferRecord t = em.find(TransferRecord.class, id);
        Long scope = scope();
        if (t == null || scope != null && !scope.equals(t.getEmployer().getId())) {
            throw new NotFoundException("TransferRecord", id);
        }
        if (t.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        if (t.getStatus() == TransferStatus.CLOSED) {
            throw new BusinessException("transfer.closed", id);
        }
        if (m.movedOn().isBefore(t.getOpenedOn())) {
            throw new BusinessException("transfer.movedBeforeOpened", m.movedOn(), t.getOpenedOn());
        }
        Section newSection = null;
        if (m.newSectionId() != null) {
            newSection = em.find(Section.class, m.newSectionId());
            if (newSection == null || !newSection.getOrganization().getId().equals(t.getEmployer().getId())) {
                throw new BusinessException("person.sectionNotOfEmployer");
            }
        }
        ChangeLog changes = ChangeLog.create()
                .touched("previousGrade", t.getPreviousGrade(), blankToNull(m.previousGrade()))
                .touched("previousMonthlyPay", t.getPreviousMonthlyPay(), m.previousMonthlyPay())
                .diff("newSection", t.getNewSection() == null ? null : t.getNewSection().getCode(),
                        newSection == null ? null : newSection.getCode())
                .touched("newGrade", t.getNewGrade(), blankToNull(m.newGrade()))
                .touched("newMonthlyPay", t.getNewMonthlyPay(), m.newMonthlyPay())
                .diff("dismissed", t.isDismissed(), m.dismissed())
                .diff("movedOn", t.getMovedOn(), m.movedOn())
                .touched("employerNote", t.getEmployerNote(), blankToNull(m.note()))
                .diff("status", t.getStatus(), TransferStatus.RECORDED);
        t.setPreviousGrade(blankToNull(m.previousGrade()));
        t.setPreviousMonthlyPay(m.previousMonthlyPay());
        t.setNewSection(newSection);
        t.setNewGrade(blankToNull(m.newGrade()));
        t.setNewMonthlyPay(m.newMonthlyPay());
        t.setDismissed(m.dismissed());
        t.setMovedOn(m.movedOn());
        t.setEmployerNote(blankToNull(m.note()));
        t.setStatus(TransferStatus.RECORDED);
        if (!changes.isEmpty()) {
            t.stamp(caller.name(), clock.now());
            audit.record(AuditAction.UPDATE, "TransferRecord", id, changes.toString());
        }
        alerts.check(t, caller.name());
        em.flush();
        return t;
    }

    private Long scope() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.GRIEVANCE_OFFICER) ? null
                : caller.scopeOrganizationId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
