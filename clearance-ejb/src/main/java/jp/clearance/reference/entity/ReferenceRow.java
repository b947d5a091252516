package jp.clearance.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every row of legal reference data has: a code that names it across its versions, the act it belongs to,
 * a Japanese and an English name, where it comes from (article, source tag) and whether that is confirmed, and
 * the period in which this version is in force ({@code effectiveTo} inclusive, {@code null} = open-ended).
 * <p>
 * A revision of the law is a new row with the same code and a later {@code effectiveFrom}; the code, the act
 * (and for categories the kind) never change between versions.
 */
@MappedSuperclass
public abstract class ReferenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int CODE_LENGTH = 64;
    public static final int ACT_LENGTH = 16;
    public static final int NAME_LENGTH = 300;
    public static final int ARTICLE_LENGTH = 100;
    public static final int SOURCE_LENGTH = 200;
    public static final int NOTE_LENGTH = 2000;

    @Version
    private long version;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{jp.clearance.code.pattern}")
    @Column(nullable = false, updatable = false, length = CODE_LENGTH)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = ACT_LENGTH)
    private Act act;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_ja", nullable = false, length = NAME_LENGTH)
    private String nameJa;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @Size(max = ARTICLE_LENGTH)
    @Column(length = ARTICLE_LENGTH)
    private String article;

    @Size(max = SOURCE_LENGTH)
    @Column(length = SOURCE_LENGTH)
    private String source;

    @Column(nullable = false)
    private boolean confirmed;

    @NotNull
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Size(max = NOTE_LENGTH)
    @Column(length = NOTE_LENGTH)
    private String note;

    protected ReferenceRow() {
    }

    protected ReferenceRow(String code, Act act) {
        this.code = code;
        this.act = act;
    }

    public abstract Long getId();

    /** A new, unsaved instance of the same type, to be filled by {@link #draftNextVersion}. */
    protected abstract ReferenceRow blank();

    /** Copies the values of this type (not the common columns) from a row of the same type. */
    protected abstract void copyOwnValuesFrom(ReferenceRow other);

    /** Adds this type's own values, by field name, for the audit trail. */
    protected abstract void putOwnValues(Map<String, Object> values);

    /** Copies what does not change between versions besides code and act (none by default). */
    protected void copyIdentityFrom(ReferenceRow other) {
    }

    /** Whether this version is in force on the given day. */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    /** Whether this row has the same code, act and type-specific identity as the other. */
    public boolean sameIdentityAs(ReferenceRow other) {
        return other != null && getClass() == other.getClass() && code.equals(other.code) && act == other.act
                && sameOwnIdentityAs(other);
    }

    protected boolean sameOwnIdentityAs(ReferenceRow other) {
        return true;
    }

    /** Takes what an administrator may edit in place: names, article, source, confirmed, note and own values. */
    public void copyEditableFrom(ReferenceRow other) {
        if (other.getClass() != getClass()) {
            throw new IllegalArgumentException("Cannot copy a " + other.getClass().getSimpleName() + " into a "
                    + getClass().getSimpleName());
        }
        nameJa = other.nameJa;
        nameEn = other.nameEn;
        article = other.article;
        source = other.source;
        confirmed = other.confirmed;
        note = other.note;
        copyOwnValuesFrom(other);
    }

    /**
     * An unsaved copy of this row as the draft of its next version, starting on {@code from} and open-ended;
     * the administrator changes what the revision changes before it is added.
     */
    public ReferenceRow draftNextVersion(LocalDate from) {
        ReferenceRow draft = blank();
        draft.code = code;
        draft.act = act;
        draft.copyIdentityFrom(this);
        draft.copyEditableFrom(this);
        draft.effectiveFrom = from;
        draft.effectiveTo = null;
        return draft;
    }

    /** The editable values by field name, in a fixed order: what the audit trail compares. */
    public Map<String, Object> editableValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nameJa", nameJa);
        values.put("nameEn", nameEn);
        values.put("article", article);
        values.put("source", source);
        values.put("confirmed", confirmed);
        values.put("note", note);
        putOwnValues(values);
        return values;
    }

    public long getVersion() { return version; }
    /** Set from a form's hidden field, so that a stale edit is refused. */
    public void setVersion(long version) { this.version = version; }
    public String getCode() { return code; }
    public Act getAct() { return act; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String nameJa) { this.nameJa = trim(nameJa); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = trim(nameEn); }
    public String getArticle() { return article; }
    public void setArticle(String article) { this.article = blankToNull(article); }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = blankToNull(source); }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = blankToNull(note); }

    /** The Japanese or English name. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameJa;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getId() + " " + code + " " + effectiveFrom + ".." + effectiveTo + "]";
    }
}
