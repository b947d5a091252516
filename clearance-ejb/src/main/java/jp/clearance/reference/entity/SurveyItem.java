package jp.clearance.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import java.util.Map;

/** An item the eligibility evaluation investigates (7 under each Act). */
@Entity
@Table(name = "ref_survey_item")
public class SurveyItem extends ReferenceRow {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ref_survey_item_seq", sequenceName = "ref_survey_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ref_survey_item_seq")
    private Long id;

    @Min(1)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SurveyItem() {
    }

    public SurveyItem(String code, Act act) {
        super(code, act);
    }

    @Override
    public Long getId() { return id; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    @Override
    protected ReferenceRow blank() {
        return new SurveyItem();
    }

    @Override
    protected void copyOwnValuesFrom(ReferenceRow other) {
        sortOrder = ((SurveyItem) other).sortOrder;
    }

    @Override
    protected void putOwnValues(Map<String, Object> values) {
        values.put("sortOrder", sortOrder);
    }
}
