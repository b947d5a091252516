package jp.clearance.incident.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.control.PersonalData;
import jp.clearance.audit.control.ChangeLog;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.designation.entity.Designation;
import jp.clearance.incident.control.IncidentLaw;
import jp.clearance.incident.control.IncidentLifecycle;
import jp.clearance.incident.control.IncidentPdf;
import jp.clearance.incident.control.IncidentRecords;
import jp.clearance.incident.entity.Charge;
import jp.clearance.incident.entity.ChargeStatus;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentAttachment;
import jp.clearance.incident.entity.IncidentDesignation;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentEventKind;
import jp.clearance.incident.entity.IncidentParty;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.incident.entity.IncidentTask;
import jp.clearance.incident.entity.JudgmentOutcome;
import jp.clearance.incident.entity.PartyRole;
import jp.clearance.notification.control.Notifier;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.person.control.NameSearch;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.TooLargeException;
import jp.clearance.platform.UploadBody;
import jp.clearance.platform.persistence.Counting;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.persistence.FileKinds;
import jp.clearance.platform.persistence.StoredFile;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.control.EligibilityChanges;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * Leak incidents. A compliance officer records an incident with the designations, people and organizations
 * involved, attaches evidence (SHA-256, who added it), moves it through its lifecycle ({@link IncidentStatus}, with
 * the conditions of {@link IncidentLifecycle}), keeps tasks and comments; involving a cleared person offers to
 * suspend the clearance and requests a re-evaluation. Compliance officers of the Cabinet Office see every incident,
 * others those of their organ; auditors read them. Every change is audited and written to the incident's timeline.
 */
@Stateless
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class Incidents {
    /** Largest evidence file accepted (an operational limit of the system, not law). */
    public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
    private static final String ATTACHMENT_TOO_LARGE = "incident.attachmentTooLarge";
    static final Map<String, String> SORTABLE = Map.of("discoveredOn", "i.discoveredOn", "occurredOn", "i.occurredOn",
            "status", "i.status", "title", "i.title", "organCode", "o.code", "channel", "i.channel");

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    ApplicationClock clock;

    @Inject
    Notifier notifier;

    @Inject
    EligibilityChanges eligibilityChanges;

    @Inject
    IncidentLaw law;

    @Inject
    IncidentRecords records;

    @Inject
    Charges charges;

    // ----------------------------------------------------------------------------------------------------------
    // Queue and record
    // ----------------------------------------------------------------------------------------------------------

    /** The queue: incidents in scope, newest discovery first by default, with age and overdue tasks per line. */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public Page<IncidentRow> search(@NotNull IncidentFilter filter, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        Long scope = caller.scopeOrganizationId();
        if (scope != null) {
            where.add("i.organ.id = :scope");
            params.put("scope", scope);
        }
        if (filter.organId() != null) {
            where.add("i.organ.id = :organ");
            params.put("organ", filter.organId());
        }
        if (filter.status() != null) {
            where.add("i.status = :status");
            params.put("status", filter.status());
        } else if (filter.openOnly()) {
            where.add("i.status <> :closed");
            params.put("closed", IncidentStatus.CLOSED);
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        boolean defaultSort = page.sortField() == null || !SORTABLE.containsKey(page.sortField());
        String direction = defaultSort ? " desc" : page.ascending() ? " asc" : " desc";
        String sort = defaultSort ? "i.discoveredOn" : SORTABLE.get(page.sortField());
        TypedQuery<Incident> query = em.createQuery("select i from Incident i join fetch i.organ o" + clause
                + " order by " + sort + direction + ", i.id" + direction, Incident.class);
        TypedQuery<Long> ids = em.createQuery("select i.id from Incident i join i.organ o" + clause, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            ids.setParameter(k, v);
        });
        List<Incident> incidents = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        LocalDate today = clock.today();
        Map<Long, Long> overdue = overdueTasks(incidents.stream().map(Incident::getId).toList(), today);
        List<IncidentRow> rows = incidents.stream().map(i -> new IncidentRow(i.getId(), i.getTitle(), i.getStatus(),
                i.getChannel(), i.getOrgan().getCode(), i.getOrgan().getNameJa(), i.getOrgan().getNameEn(),
                i.getOccurredOn(), i.getDiscoveredOn(), ChronoUnit.DAYS.between(i.getDiscoveredOn(),
                i.getClosedOn() != null ? i.getClosedOn() : today), overdue.getOrDefault(i.getId(), 0L))).toList();
        return Counting.page(rows, Counting.capped(ids));
    }

    private Map<Long, Long> overdueTasks(List<Long> incidentIds, LocalDate today) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t.incidentId, count(t) from IncidentTask t where t.incidentId in :ids"
                        + " and t.doneOn is null and t.dueOn < :today group by t.incidentId", Object[].class)
                .setParameter("ids", incidentIds).setParameter("today", today).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /**
     * The incident record, for its page: the read is audited (the incident file names the people involved).
     * Out of scope or unknown: not found.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public Incident open(long id, @NotBlank String purpose) {
        personalData.requireRole("Incident", id, purpose, Roles.COMPLIANCE_OFFICER, Roles.AUDITOR);
        Incident i = personalData.check("Incident", id, purpose, () -> inScope(id));
        audit.record(AuditAction.READ, "Incident", id, "purpose=" + purpose);
        return i;
    }

    /**
     * The incident report as a PDF in the reader's language ({@link IncidentPdf}): header, designations, parties, charges
     * with their maxima and sentences, timeline. Audited as a read of the incident, like opening its page.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public byte[] report(long id, @NotNull IncidentPdf.Texts texts) {
        String purpose = "incident report (PDF)";
        personalData.requireRole("Incident", id, purpose, Roles.COMPLIANCE_OFFICER, Roles.AUDITOR);
        Incident i = personalData.check("Incident", id, purpose, () -> inScope(id));
        audit.record(AuditAction.READ, "Incident", id, "purpose=" + purpose);
        return IncidentPdf.render(i, designations(id), parties(id), charges.charges(id), timeline(id), clock.now(),
                caller.name(), texts);
    }

    /** The incident without an audit entry (for a caller that has just opened or changed it). */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public Incident find(long id) {
        return inScope(id);
    }

    private Incident inScope(long id) {
        return records.inScope(id);
    }

    private Incident forChange(long id, long version) {
        Incident i = inScope(id);
        if (i.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        return i;
    }

    private Incident open(long id) {
        Incident i = inScope(id);
        if (!i.getStatus().isOpen()) {
            throw new BusinessException("incident.closed");
        }
        return i;
    }

    /**
     * Records an incident: dates (occurrence not after discovery, discovery not in the future), how it was discovered,
     * what happened, the channel, containment, and the designations involved (at least one). The responsible organ is
     * {@code organId}, or the designating organ of the first designation.
     */
    public Incident record(@NotNull @Valid Incident incident, Long organId, @NotNull List<Long> designationIds) {
        if (incident.getOccurredOn().isAfter(incident.getDiscoveredOn())) {
            throw new BusinessException("incident.occurredAfterDiscovery", incident.getOccurredOn(),
                    incident.getDiscoveredOn());
        }
        if (incident.getDiscoveredOn().isAfter(clock.today())) {
            throw new BusinessException("incident.discoveredInFuture", incident.getDiscoveredOn());
        }
        if (designationIds.isEmpty()) {
            throw new BusinessException("incident.designationRequired");
        }
        List<Designation> designations = new ArrayList<>();
        for (Long designationId : new LinkedHashSet<>(designationIds)) {
            designations.add(designation(designationId));
        }
        Organization organ = organId != null ? em.find(Organization.class, organId) : designations.get(0).getOrgan();
        if (organ == null || organ.getKind() != OrganizationKind.ORGAN) {
            throw new BusinessException("incident.organRequired");
        }
        Long scope = caller.scopeOrganizationId();
        if (scope != null && !scope.equals(organ.getId())) {
            throw new BusinessException("incident.organOutOfScope", organ.getCode());
        }
        incident.setOrgan(organ);
        incident.stamp(caller.name(), clock.now());
        em.persist(incident);
        em.flush();
        for (Designation d : designations) {
            em.persist(new IncidentDesignation(incident, d));
        }
        audit.record(AuditAction.CREATE, "Incident", incident.getId(), ChangeLog.create().set("organ", organ.getCode())
                .set("occurredOn", incident.getOccurredOn()).set("discoveredOn", incident.getDiscoveredOn())
                .set("channel", incident.getChannel())
                .set("designations", designations.stream().map(Designation::getId).toList()).toString());
        event(incident.getId(), IncidentEventKind.REPORTED, ChangeLog.create().set("channel", incident.getChannel())
                .set("designations", designations.stream().map(Designation::getReferenceNumber).toList()).toString());
        return incident;
    }

    private Designation designation(long id) {
        Designation d = em.createQuery("select d from Designation d join fetch d.organ where d.id = :id", Designation.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (d == null) {
            throw new BusinessException("incident.designationUnknown", id);
        }
        return d;
    }

    /** Adds a designation to an open incident. */
    public DesignationLine addDesignation(long incidentId, long designationId) {
        Incident i = open(incidentId);
        Designation d = designation(designationId);
        if (!em.createQuery("select l.id from IncidentDesignation l where l.incident.id = :i and l.designation.id = :d",
                Long.class).setParameter("i", incidentId).setParameter("d", designationId).getResultList().isEmpty()) {
            throw new BusinessException("incident.designationAlreadyInvolved", d.getReferenceNumber());
        }
        IncidentDesignation link = new IncidentDesignation(i, d);
        em.persist(link);
        em.flush();
        audit.record(AuditAction.UPDATE, "Incident", incidentId, "designation added: " + designationId);
        event(incidentId, IncidentEventKind.DESIGNATION_ADDED, d.getReferenceNumber());
        return line(d);
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<DesignationLine> designations(long incidentId) {
        inScope(incidentId);
        return em.createQuery("select d from IncidentDesignation l join l.designation d join fetch d.organ"
                        + " where l.incident.id = :i order by d.referenceNumber, d.id", Designation.class)
                .setParameter("i", incidentId).getResultList().stream().map(Incidents::line).toList();
    }

    private static DesignationLine line(Designation d) {
        return new DesignationLine(d.getId(), d.getOrgan().getCode(), d.getReferenceNumber(), d.getTitle(),
                d.getLevelCode(), d.getAct(), d.getCategoryCode());
    }

    // ----------------------------------------------------------------------------------------------------------
    // Parties
    // ----------------------------------------------------------------------------------------------------------

    /**
     * Involves a person as handler, recipient or outsider. If the person holds a valid clearance, the security
     * officers of the organ that granted it are told, and the page offers {@link #suspendClearance}.
     */
    public PartyRow addPerson(long incidentId, long personId, @NotNull PartyRole role) {
        Incident i = open(incidentId);
        if (!role.isPerson()) {
            throw new BusinessException("incident.roleNotForPerson", role.name());
        }
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (!em.createQuery("select p.id from IncidentParty p where p.incident.id = :i and p.person.id = :p", Long.class)
                .setParameter("i", incidentId).setParameter("p", personId).getResultList().isEmpty()) {
            throw new BusinessException("incident.partyAlreadyInvolved");
        }
        IncidentParty party = IncidentParty.person(i, person, role);
        party.stamp(caller.name(), clock.now());
        em.persist(party);
        em.flush();
        audit.record(AuditAction.UPDATE, "Incident", incidentId, ChangeLog.create().set("party", party.getId())
                .set("person", personId).set("role", role).toString());
        event(incidentId, IncidentEventKind.PARTY_ADDED, "person " + personId + " (" + role + ")");
        for (Eligibility e : validClearances(personId)) {
            notifier.toRole(e.getOrgan().getId(), Roles.AGENCY_SECURITY_OFFICER, "notification.incident.personInvolved",
                    "Incident", incidentId, person.fullName(), e.getLevelCode(), incidentId);
        }
        return party(party);
    }

    /** Involves an organ or a conforming business entity (the company liable under the dual-liability provision). */
    public PartyRow addOrganization(long incidentId, long organizationId) {
        Incident i = open(incidentId);
        Organization o = em.find(Organization.class, organizationId);
        if (o == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        if (!em.createQuery("select p.id from IncidentParty p where p.incident.id = :i and p.organization.id = :o",
                Long.class).setParameter("i", incidentId).setParameter("o", organizationId).getResultList().isEmpty()) {
            throw new BusinessException("incident.partyAlreadyInvolved");
        }
        PartyRole role = o.getKind() == OrganizationKind.ENTITY ? PartyRole.ENTITY : PartyRole.ORGAN;
        IncidentParty party = IncidentParty.organization(i, o, role);
        party.stamp(caller.name(), clock.now());
        em.persist(party);
        em.flush();
        audit.record(AuditAction.UPDATE, "Incident", incidentId, ChangeLog.create().set("party", party.getId())
                .set("organization", o.getCode()).set("role", role).toString());
        event(incidentId, IncidentEventKind.PARTY_ADDED, o.getCode() + " (" + role + ")");
        return party(party);
    }

    /** The parties, with each person's clearances valid today (two queries for the whole list). */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<PartyRow> parties(long incidentId) {
        inScope(incidentId);
        List<IncidentParty> parties = em.createQuery("select p from IncidentParty p left join fetch p.person pe"
                        + " left join fetch pe.employer left join fetch p.organization where p.incident.id = :i"
                        + " order by p.id", IncidentParty.class).setParameter("i", incidentId).getResultList();
        List<Long> personIds = parties.stream().filter(p -> p.getPerson() != null).map(p -> p.getPerson().getId()).toList();
        Map<Long, List<PartyRow.HeldClearance>> clearances = personIds.isEmpty() ? Map.of()
                : em.createQuery("select e.person.id, e.levelCode, o.nameJa, o.nameEn, e.validUntil from Eligibility e"
                        + " join e.organ o where e.person.id in :ids"
                        + " and e.status = :valid and e.notifiedOn <= :today and e.validUntil >= :today"
                        + " order by e.levelCode, e.id", Object[].class).setParameter("ids", personIds)
                .setParameter("valid", EligibilityStatus.VALID).setParameter("today", clock.today()).getResultList()
                .stream().collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(
                        r -> new PartyRow.HeldClearance((String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4]),
                        Collectors.toList())));
        return parties.stream().map(p -> row(p, p.getPerson() == null ? List.of()
                : clearances.getOrDefault(p.getPerson().getId(), List.of()))).toList();
    }

    private PartyRow party(IncidentParty p) {
        return row(p, p.getPerson() == null ? List.of() : validClearances(p.getPerson().getId()).stream()
                .map(e -> new PartyRow.HeldClearance(e.getLevelCode(), e.getOrgan().getNameJa(), e.getOrgan().getNameEn(),
                        e.getValidUntil())).toList());
    }

    private static PartyRow row(IncidentParty p, List<PartyRow.HeldClearance> held) {
        List<String> clearances = held.stream().map(PartyRow.HeldClearance::levelCode).toList();
        if (p.getPerson() != null) {
            Person pe = p.getPerson();
            return new PartyRow(p.getId(), p.getRole(), pe.getId(), null, pe.fullName(),
                    pe.getLatinName() == null ? pe.fullName() : pe.getLatinName(), pe.getEmployer().getNameJa(),
                    pe.getEmployer().getNameEn(), false, clearances, held, p.getClearanceSuspendedOn());
        }
        Organization o = p.getOrganization();
        return new PartyRow(p.getId(), p.getRole(), null, o.getId(), o.getNameJa(), o.getNameEn(), o.getCode(),
                o.getCode(), true, List.of(), List.of(), null);
    }

    private List<Eligibility> validClearances(long personId) {
        LocalDate today = clock.today();
        return em.createQuery("select e from Eligibility e join fetch e.organ where e.person.id = :p and e.status = :valid"
                        + " and e.notifiedOn <= :today and e.validUntil >= :today order by e.id", Eligibility.class)
                .setParameter("p", personId).setParameter("valid", EligibilityStatus.VALID).setParameter("today", today)
                .getResultList();
    }

    /**
     * Suspends every clearance the person of this party holds today (each status change goes through the vetting
     * module's {@link EligibilityChanges}: audited, and the person drops off the handler registers), records on the
     * incident that a re-evaluation is requested, and tells the security officers of each granting organ.
     */
    public PartyRow suspendClearance(long incidentId, long partyId, @NotBlank String reason) {
        Incident i = open(incidentId);
        IncidentParty party = em.find(IncidentParty.class, partyId);
        if (party == null || !party.getIncident().getId().equals(incidentId) || party.getPerson() == null) {
            throw new NotFoundException("IncidentParty", partyId);
        }
        List<Eligibility> valid = validClearances(party.getPerson().getId());
        if (valid.isEmpty()) {
            throw new BusinessException("incident.noValidClearance");
        }
        String why = reason.trim();
        LocalDate today = clock.today();
        Set<Long> organs = new LinkedHashSet<>();
        for (Eligibility e : valid) {
            eligibilityChanges.change(e, EligibilityStatus.SUSPENDED, why);
            organs.add(e.getOrgan().getId());
        }
        party.setClearanceSuspendedOn(today);
        party.stamp(caller.name(), clock.now());
        i.setReevaluationRequestedOn(today);
        i.stamp(caller.name(), clock.now());
        String levels = valid.stream().map(Eligibility::getLevelCode).collect(Collectors.joining(", "));
        for (Long organ : organs) {
            notifier.toRole(organ, Roles.AGENCY_SECURITY_OFFICER, "notification.incident.reevaluationRequested",
                    "Incident", incidentId, party.getPerson().fullName(), levels, incidentId);
        }
        audit.record(AuditAction.TRANSITION, "Incident", incidentId, ChangeLog.create().set("party", partyId)
                .set("clearancesSuspended", valid.stream().map(Eligibility::getId).toList())
                .set("reevaluationRequestedOn", today).toString());
        event(incidentId, IncidentEventKind.CLEARANCE_SUSPENDED, "party " + partyId + ": " + levels);
        event(incidentId, IncidentEventKind.REEVALUATION_REQUESTED, "party " + partyId);
        return party(party);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Evidence
    // ----------------------------------------------------------------------------------------------------------

    /** Adds an evidence file (not empty, at most {@link #MAX_ATTACHMENT_BYTES}); its SHA-256 is computed here. */
    public AttachmentRow attach(long incidentId, @NotBlank String fileName, String contentType, @NotNull byte[] content) {
        inScope(incidentId);
        return store(incidentId, fileName, contentType, content);
    }

    /**
     * Adds an evidence file whose body is still arriving (the API): the incident is checked to be in the caller's
     * scope first, then the body is read, never past {@link #MAX_ATTACHMENT_BYTES} ({@code incident.attachmentTooLarge}).
     */
    public AttachmentRow attach(long incidentId, @NotBlank String fileName, String contentType,
                                @NotNull UploadBody body) {
        inScope(incidentId);
        return store(incidentId, fileName, contentType, body.read(MAX_ATTACHMENT_BYTES, ATTACHMENT_TOO_LARGE));
    }

    private AttachmentRow store(long incidentId, String fileName, String contentType, byte[] content) {
        if (content.length == 0) {
            throw new BusinessException("incident.attachmentEmpty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new TooLargeException(ATTACHMENT_TOO_LARGE, MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        String name = StoredFile.cleanName(fileName, "evidence");
        // the declared type is the uploader's word: the type kept and served is read from the content
        String type = FileKinds.typeOf(name, content);
        IncidentAttachment a = new IncidentAttachment(incidentId, name, type, content, clock.now(), caller.name());
        em.persist(a);
        em.flush();
        audit.record(AuditAction.CREATE, "IncidentAttachment", a.getId(), ChangeLog.create().set("incident", incidentId)
                .set("fileName", name).set("size", content.length).set("sha256", a.getSha256()).toString());
        event(incidentId, IncidentEventKind.ATTACHMENT_ADDED, name + " sha256=" + a.getSha256());
        return new AttachmentRow(a.getId(), name, type, a.getSizeBytes(), a.getSha256(), a.getAddedAt(), a.getAddedBy());
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<AttachmentRow> attachments(long incidentId) {
        inScope(incidentId);
        return em.createQuery("select new jp.clearance.incident.boundary.AttachmentRow(a.id, a.fileName, a.contentType,"
                        + " a.sizeBytes, a.sha256, a.addedAt, a.addedBy) from IncidentAttachment a"
                        + " where a.incidentId = :i order by a.addedAt, a.id", AttachmentRow.class)
                .setParameter("i", incidentId).getResultList();
    }

    /** An evidence file with its content, for a download (audited, a refusal too). */
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public IncidentAttachment attachment(long attachmentId) {
        String purpose = "incident evidence";
        personalData.requireRole("IncidentAttachment", attachmentId, purpose, Roles.COMPLIANCE_OFFICER, Roles.AUDITOR);
        IncidentAttachment a = personalData.check("IncidentAttachment", attachmentId, purpose, () -> {
            IncidentAttachment found = em.find(IncidentAttachment.class, attachmentId);
            if (found == null) {
                throw new NotFoundException("IncidentAttachment", attachmentId);
            }
            inScope(found.getIncidentId());
            return found;
        });
        audit.record(AuditAction.READ, "IncidentAttachment", attachmentId, "sha256=" + a.getSha256());
        return a;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Lifecycle
    // ----------------------------------------------------------------------------------------------------------

    /**
     * Moves the incident to {@code to}: allowed by {@link IncidentStatus} and by the state of its charges
     * ({@link IncidentLifecycle}); closing without referral needs a reason. Closing records the outcome.
     */
    public Incident transition(long id, long version, @NotNull IncidentStatus to, String reason) {
        Incident i = forChange(id, version);
        List<Charge> charges = em.createQuery("select c from Charge c where c.incident.id = :i", Charge.class)
                .setParameter("i", id).getResultList();
        IncidentStatus from = i.getStatus();
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        IncidentLifecycle.require(from, to, charges.stream().map(Charge::getStatus).toList(), why);
        i.moveTo(to);
        if (to == IncidentStatus.CLOSED) {
            i.setOutcome(IncidentLifecycle.outcomeOnClosing(from, charges.stream()
                    .anyMatch(c -> c.getJudgmentOutcome() == JudgmentOutcome.CONVICTED)));
            i.setClosedOn(clock.today());
            i.setCloseReason(why == null ? null : why.length() > Incident.REASON_LENGTH
                    ? why.substring(0, Incident.REASON_LENGTH) : why);
        }
        i.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "Incident", id, ChangeLog.create().diff("status", from, to)
                .set("outcome", to == IncidentStatus.CLOSED ? i.getOutcome() : null)
                .set("reasonGiven", why == null ? null : Boolean.TRUE).toString());
        event(id, IncidentEventKind.TRANSITION, from + " -> " + to + (why == null ? "" : ": " + why));
        return i;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Tasks, comments, timeline
    // ----------------------------------------------------------------------------------------------------------

    /** Adds a task; without a due date it is due after INCIDENT_TASK_DUE_DAYS (reference data). */
    public IncidentTask addTask(long incidentId, @NotBlank String title, @NotBlank String assignee, LocalDate dueOn) {
        open(incidentId);
        LocalDate today = clock.today();
        LocalDate due = dueOn != null ? dueOn : law.parameter(IncidentLaw.TASK_DUE_DAYS, today).addTo(today);
        if (due.isBefore(today)) {
            throw new BusinessException("incident.taskDueInPast", due);
        }
        if (em.createQuery("select a.active from UserAccount a where a.username = :u", Boolean.class)
                .setParameter("u", assignee.trim()).getResultList().stream().noneMatch(Boolean.TRUE::equals)) {
            throw new BusinessException("incident.assigneeUnknown", assignee.trim());
        }
        if (title.trim().length() > IncidentTask.TITLE_LENGTH) {
            throw new BusinessException("incident.taskTitleTooLong", IncidentTask.TITLE_LENGTH);
        }
        IncidentTask t = new IncidentTask(incidentId, title, assignee, due);
        t.stamp(caller.name(), clock.now());
        em.persist(t);
        em.flush();
        audit.record(AuditAction.CREATE, "IncidentTask", t.getId(), ChangeLog.create().set("incident", incidentId)
                .set("assignee", t.getAssignee()).set("dueOn", due).toString());
        event(incidentId, IncidentEventKind.TASK_ADDED, t.getTitle() + " → " + t.getAssignee() + " (" + due + ")");
        notifier.toUser(t.getAssignee(), "notification.incident.taskAssigned", "Incident", incidentId, t.getTitle(), due,
                incidentId);
        return t;
    }

    public IncidentTask completeTask(long taskId, long version) {
        IncidentTask t = em.find(IncidentTask.class, taskId);
        if (t == null) {
            throw new NotFoundException("IncidentTask", taskId);
        }
        inScope(t.getIncidentId());
        if (t.getVersion() != version) {
            throw new BusinessException("concurrentEdit");
        }
        if (t.getDoneOn() != null) {
            throw new BusinessException("incident.taskAlreadyDone");
        }
        t.done(clock.today(), caller.name());
        t.stamp(caller.name(), clock.now());
        audit.record(AuditAction.TRANSITION, "IncidentTask", taskId, "done");
        event(t.getIncidentId(), IncidentEventKind.TASK_DONE, t.getTitle());
        return t;
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<IncidentTask> tasks(long incidentId) {
        inScope(incidentId);
        return em.createQuery("select t from IncidentTask t where t.incidentId = :i order by t.dueOn, t.id",
                IncidentTask.class).setParameter("i", incidentId).getResultList();
    }

    public IncidentEvent comment(long incidentId, @NotBlank String text) {
        inScope(incidentId);
        if (text.trim().length() > IncidentEvent.NOTE_LENGTH) {
            throw new BusinessException("incident.commentTooLong", IncidentEvent.NOTE_LENGTH);
        }
        audit.record(AuditAction.UPDATE, "Incident", incidentId, "comment added");
        return event(incidentId, IncidentEventKind.COMMENT, text.trim());
    }

    /** Every event of the incident, oldest first. */
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    public List<IncidentEvent> timeline(long incidentId) {
        inScope(incidentId);
        return em.createQuery("select e from IncidentEvent e where e.incidentId = :i order by e.occurredAt, e.id",
                IncidentEvent.class).setParameter("i", incidentId).getResultList();
    }

    private IncidentEvent event(long incidentId, IncidentEventKind kind, String note) {
        return records.event(incidentId, kind, note);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Pickers
    // ----------------------------------------------------------------------------------------------------------

    /** Up to {@code max} active people whose name starts with the text (one indexed prefix match), name and employer only. */
    public List<Suggestion> suggestPeople(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        NameSearch.Criterion name = NameSearch.criterion(text).orElseThrow();
        return name.bind(em.createQuery("select p from Person p join fetch p.employer where " + name.jpql("p")
                        + " order by p.familyNameKana, p.givenNameKana, p.id", Person.class)).setMaxResults(Math.min(max, 50))
                .getResultList().stream().filter(Person::isActive).map(p -> new Suggestion(p.getId(), p.fullName() + " (" + p.getFamilyNameKana()
                        + " " + p.getGivenNameKana() + ")", p.getEmployer().getNameJa(), p.getEmployer().getNameEn()))
                .toList();
    }

    /** Up to {@code max} designations whose document number or title starts with the text (register line only). */
    public List<Suggestion> suggestDesignations(String text, int max) {
        String t = text == null ? "" : text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery("select d from Designation d join fetch d.organ o where d.referenceNumber like :t"
                        + " or d.title like :t order by d.designatedOn desc, d.id desc", Designation.class)
                .setParameter("t", t + "%").setMaxResults(Math.min(max, 50)).getResultList().stream()
                .map(d -> new Suggestion(d.getId(), d.getOrgan().getCode() + " " + d.getReferenceNumber() + " " + d.getTitle(),
                        d.getLevelCode(), d.getLevelCode())).toList();
    }

}
