package jp.clearance.designation.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.clearance.organization.entity.Organization;
import jp.clearance.platform.persistence.Tracked;

/** A provision of designated information to a conforming entity, another organ or a foreign government. */
@Entity
@Table(name = "provision")
public class Provision extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 300;
    public static final int BASIS_LENGTH = 200;
    public static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "provision_seq", sequenceName = "provision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "designation_id", nullable = false, updatable = false)
    private Designation designation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 16)
    private RecipientKind recipientKind;

    /** The entity or organ that received it (null for a foreign recipient). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Organization recipient;

    /** A foreign government or international organisation, by name. */
    @Size(max = NAME_LENGTH)
    @Column(name = "recipient_name", length = NAME_LENGTH)
    private String recipientName;

    /** The certification (and its contract) under which an entity received it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certification_id")
    private Certification certification;

    @NotNull
    @Column(name = "provided_on", nullable = false)
    private LocalDate providedOn;

    @NotBlank
    @Size(max = BASIS_LENGTH)
    @Column(name = "legal_basis", nullable = false, length = BASIS_LENGTH)
    private String legalBasis;

    @Size(max = NOTE_LENGTH)
    @Column(length = NOTE_LENGTH)
    private String note;

    public Provision() {
    }

    public Long getId() { return id; }
    public Designation getDesignation() { return designation; }
    public void setDesignation(Designation designation) { this.designation = designation; }
    public RecipientKind getRecipientKind() { return recipientKind; }
    public void setRecipientKind(RecipientKind recipientKind) { this.recipientKind = recipientKind; }
    public Organization getRecipient() { return recipient; }
    public void setRecipient(Organization recipient) { this.recipient = recipient; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName == null || recipientName.isBlank() ? null : recipientName.trim();
    }
    public Certification getCertification() { return certification; }
    public void setCertification(Certification certification) { this.certification = certification; }
    public LocalDate getProvidedOn() { return providedOn; }
    public void setProvidedOn(LocalDate providedOn) { this.providedOn = providedOn; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis == null ? null : legalBasis.trim(); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
