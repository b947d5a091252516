package jp.clearance.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A section or department of an organization; need-to-know sections may handle designated information. */
@Entity
@Table(name = "org_section")
public class Section implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "org_section_seq", sequenceName = "org_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_section_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @NotBlank
    @Size(max = Organization.CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_-]+", message = "{jp.clearance.code.pattern}")
    @Column(nullable = false, length = Organization.CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = Organization.NAME_LENGTH)
    @Column(name = "name_ja", nullable = false, length = Organization.NAME_LENGTH)
    private String nameJa;

    @NotBlank
    @Size(max = Organization.NAME_LENGTH)
    @Column(name = "name_en", nullable = false, length = Organization.NAME_LENGTH)
    private String nameEn;

    @Column(name = "need_to_know", nullable = false)
    private boolean needToKnow;

    @Column(nullable = false)
    private boolean active = true;

    protected Section() {
    }

    public Section(Organization organization) {
        this.organization = organization;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Organization getOrganization() { return organization; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String nameJa) { this.nameJa = nameJa; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isNeedToKnow() { return needToKnow; }
    public void setNeedToKnow(boolean needToKnow) { this.needToKnow = needToKnow; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
