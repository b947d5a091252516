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
import jp.clearance.reference.entity.Act;

/**
 * Designated information (特定秘密 under the SDS Act, 重要経済安保情報 under the 2024 Act): what it is, who designated
 * it, its level, category and item, and its period. The summary is read only by handlers on its register and the
 * organ's security officers (every read is audited).
 */
@Entity
@Table(name = "designation")
public class Designation extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int NUMBER_LENGTH = 64;
    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 4000;
    public static final int CODE_LENGTH = 64;
    public static final int OFFICIAL_LENGTH = 200;
    public static final int MARKING_LENGTH = 500;
    public static final int APPROVAL_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "designation_seq", sequenceName = "designation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organ_id", nullable = false, updatable = false)
    private Organization organ;

    /** 指定書番号: the number of the designation document, unique within the organ. */
    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(name = "reference_number", nullable = false, length = NUMBER_LENGTH)
    private String referenceNumber;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "level_code", nullable = false, length = CODE_LENGTH)
    private String levelCode;

    /** The act of the level (set by the boundary from the reference data). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Act act;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "category_code", nullable = false, length = CODE_LENGTH)
    private String categoryCode;

    @Size(max = CODE_LENGTH)
    @Column(name = "item_code", length = CODE_LENGTH)
    private String itemCode;

    @NotBlank
    @Size(max = OFFICIAL_LENGTH)
    @Column(name = "designating_official", nullable = false, length = OFFICIAL_LENGTH)
    private String designatingOfficial;

    @NotNull
    @Column(name = "designated_on", nullable = false)
    private LocalDate designatedOn;

    /** The end of the current period (inclusive). */
    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** How the information is marked (表示) or how notice of it was given. */
    @NotBlank
    @Size(max = MARKING_LENGTH)
    @Column(nullable = false, length = MARKING_LENGTH)
    private String marking;

    /** The Cabinet approval (内閣の承認) that allows a total period beyond the limit, once recorded. */
    @Size(max = APPROVAL_LENGTH)
    @Column(name = "cabinet_approval", length = APPROVAL_LENGTH)
    private String cabinetApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DesignationStatus status = DesignationStatus.DESIGNATED;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Size(max = REASON_LENGTH)
    @Column(name = "end_reason", length = REASON_LENGTH)
    private String endReason;

    /** The end date of which the organ's officers were last warned (so each period is warned of once). */
    @Column(name = "expiry_warned_for")
    private LocalDate expiryWarnedFor;

    public Designation() {
    }

    /** The status as it stands on a day: a designation past its end is expired even before the daily job marks it. */
    public DesignationStatus statusOn(LocalDate day) {
        return status.isInForce() && day.isAfter(validUntil) ? DesignationStatus.EXPIRED : status;
    }

    public boolean isInForceOn(LocalDate day) {
        return statusOn(day).isInForce() && !day.isBefore(designatedOn);
    }

    public void moveTo(DesignationStatus next) {
        status.requireTransitionTo(next);
        status = next;
    }

    public Long getId() { return id; }
    public Organization getOrgan() { return organ; }
    public void setOrgan(Organization organ) { this.organ = organ; }
    public String getReferenceNumber() { return referenceNumber; }
    public void setReferenceNumber(String referenceNumber) { this.referenceNumber = trim(referenceNumber); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = trim(title); }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public Act getAct() { return act; }
    public void setAct(Act act) { this.act = act; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode == null || itemCode.isBlank() ? null : itemCode; }
    public String getDesignatingOfficial() { return designatingOfficial; }
    public void setDesignatingOfficial(String designatingOfficial) { this.designatingOfficial = trim(designatingOfficial); }
    public LocalDate getDesignatedOn() { return designatedOn; }
    public void setDesignatedOn(LocalDate designatedOn) { this.designatedOn = designatedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getMarking() { return marking; }
    public void setMarking(String marking) { this.marking = trim(marking); }
    public String getCabinetApproval() { return cabinetApproval; }
    public void setCabinetApproval(String cabinetApproval) {
        this.cabinetApproval = cabinetApproval == null || cabinetApproval.isBlank() ? null : cabinetApproval.trim();
    }
    public DesignationStatus getStatus() { return status; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
    public LocalDate getExpiryWarnedFor() { return expiryWarnedFor; }
    public void setExpiryWarnedFor(LocalDate expiryWarnedFor) { this.expiryWarnedFor = expiryWarnedFor; }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
