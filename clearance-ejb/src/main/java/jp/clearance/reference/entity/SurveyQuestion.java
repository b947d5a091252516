package jp.clearance.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A question the questionnaire asks under a survey item ({@link SurveyItem}, by {@link #getItemCode() its code}),
 * answered yes or no with details when yes. The names are the question's text in Japanese and English.
 */
@Entity
@Table(name = "ref_survey_question")
public class SurveyQuestion extends ReferenceRow {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ref_survey_question_seq", sequenceName = "ref_survey_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ref_survey_question_seq")
    private Long id;

    /** The survey item asked about; part of the identity (a version never moves to another item). */
    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{jp.clearance.code.pattern}")
    @Column(name = "item_code", nullable = false, updatable = false, length = CODE_LENGTH)
    private String itemCode;

    @Min(1)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(String code, Act act, String itemCode) {
        super(code, act);
        this.itemCode = itemCode;
    }

    @Override
    public Long getId() { return id; }
    public String getItemCode() { return itemCode; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    protected ReferenceRow blank() {
        return new SurveyQuestion();
    }

    @Override
    protected void copyIdentityFrom(ReferenceRow other) {
        itemCode = ((SurveyQuestion) other).itemCode;
    }

    @Override
    protected boolean sameOwnIdentityAs(ReferenceRow other) {
        return itemCode.equals(((SurveyQuestion) other).itemCode);
    }

    @Override
    protected void copyOwnValuesFrom(ReferenceRow other) {
        sortOrder = ((SurveyQuestion) other).sortOrder;
    }

    @Override
    protected void putOwnValues(Map<String, Object> values) {
        values.put("sortOrder", sortOrder);
    }
}
