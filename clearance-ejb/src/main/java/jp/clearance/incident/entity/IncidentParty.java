package jp.clearance.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.Tracked;

/** A person (handler, recipient, outsider) or an organization (organ, conforming entity) involved in an incident. */
@Entity
@Table(name = "incident_party")
public class IncidentParty extends Tracked {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "incident_party_seq", sequenceName = "incident_party_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_party_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", updatable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartyRole role;

    @Column(name = "clearance_suspended_on")
    private LocalDate clearanceSuspendedOn;

    protected IncidentParty() {
    }

    public static IncidentParty person(Incident incident, Person person, PartyRole role) {
        IncidentParty p = new IncidentParty();
        p.incident = incident;
        p.person = person;
        p.role = role;
        return p;
    }

    public static IncidentParty organization(Incident incident, Organization organization, PartyRole role) {
        IncidentParty p = new IncidentParty();
        p.incident = incident;
        p.organization = organization;
        p.role = role;
        return p;
    }

    /**
     * A company (conforming entity) or organ: no prison, only fines under the dual-liability provision. An organ is part
     * of the State and cannot be charged at all: the Charges boundary refuses it (error.charge.organNotLiable).
     */
    public boolean isCorporate() {
        return organization != null;
    }

    public Long getId() { return id; }
    public Incident getIncident() { return incident; }
    public Person getPerson() { return person; }
    public Organization getOrganization() { return organization; }
    public PartyRole getRole() { return role; }
    public LocalDate getClearanceSuspendedOn() { return clearanceSuspendedOn; }
    public void setClearanceSuspendedOn(LocalDate on) { this.clearanceSuspendedOn = on; }
}
