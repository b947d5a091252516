package jp.clearance.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.clearance.platform.persistence.Tracked;

/** An administrative organ or a conforming business entity. Deactivated, never deleted. */
@Entity
@Table(name = "organization")
public class Organization extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_-]+", message = "{jp.clearance.code.pattern}")
    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrganizationKind kind;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_ja", nullable = false, length = NAME_LENGTH)
    private String nameJa;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    /** 法人番号: 13 digits, for conforming entities. */
    @Pattern(regexp = "\\d{13}", message = "{jp.clearance.corporateNumber.pattern}")
    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    /** The Cabinet Office: its officers see all organizations. */
    @Column(nullable = false)
    private boolean central;

    /** Conducts its own investigations (e.g. Ministry of Defense under the 2013 Act). */
    @Column(name = "own_investigation", nullable = false)
    private boolean ownInvestigation;

    @Column(nullable = false)
    private boolean active = true;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String nameJa) { this.nameJa = nameJa; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getCorporateNumber() { return corporateNumber; }
    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber == null || corporateNumber.isBlank() ? null : corporateNumber.trim();
    }
    public boolean isCentral() { return central; }
    public void setCentral(boolean central) { this.central = central; }
    public boolean isOwnInvestigation() { return ownInvestigation; }
    public void setOwnInvestigation(boolean ownInvestigation) { this.ownInvestigation = ownInvestigation; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameJa;
    }
}
