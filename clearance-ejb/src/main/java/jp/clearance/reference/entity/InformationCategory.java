package jp.clearance.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A category of designable information, or an item within a category (2024 Act: 4 categories with 19 items;
 * SDS Act: the 4 fields of the appended table). An item names its category by code, not by id, so that a new
 * version of the category does not orphan its items.
 */
@Entity
@Table(name = "ref_category")
public class InformationCategory extends ReferenceRow {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ref_category_seq", sequenceName = "ref_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ref_category_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CategoryKind kind;

    /** The code of the category an item belongs to; {@code null} for a category. */
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{jp.clearance.code.pattern}")
    @Column(name = "parent_code", length = CODE_LENGTH)
    private String parentCode;

    @Min(1)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected InformationCategory() {
    }

    public InformationCategory(String code, Act act, CategoryKind kind) {
        super(code, act);
        this.kind = kind;
    }

    @Override
    public Long getId() { return id; }
    public CategoryKind getKind() { return kind; }
    public boolean isItem() { return kind == CategoryKind.ITEM; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) {
        this.parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.trim();
    }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    protected ReferenceRow blank() {
        return new InformationCategory();
    }

    @Override
    protected void copyIdentityFrom(ReferenceRow other) {
        kind = ((InformationCategory) other).kind;
    }

    @Override
    protected boolean sameOwnIdentityAs(ReferenceRow other) {
        return kind == ((InformationCategory) other).kind;
    }

    @Override
    protected void copyOwnValuesFrom(ReferenceRow other) {
        InformationCategory o = (InformationCategory) other;
        parentCode = o.parentCode;
        sortOrder = o.sortOrder;
    }

    @Override
    protected void putOwnValues(Map<String, Object> values) {
        values.put("parentCode", parentCode);
        values.put("sortOrder", sortOrder);
    }
}
