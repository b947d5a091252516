package jp.clearance.incident.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import jp.clearance.designation.entity.Designation;

/** A designation whose information is involved in an incident (its level decides the act that applies). */
@Entity
@Table(name = "incident_designation")
public class IncidentDesignation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "incident_designation_seq", sequenceName = "incident_designation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_designation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "designation_id", nullable = false, updatable = false)
    private Designation designation;

    protected IncidentDesignation() {
    }

    public IncidentDesignation(Incident incident, Designation designation) {
        this.incident = incident;
        this.designation = designation;
    }

    public Long getId() { return id; }
    public Incident getIncident() { return incident; }
    public Designation getDesignation() { return designation; }
}
