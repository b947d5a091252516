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

/** A classification level (Top Secret class under the SDS Act, Confidential class under the 2024 Act). */
@Entity
@Table(name = "ref_level")
public class Level extends ReferenceRow {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ref_level_seq", sequenceName = "ref_level_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ref_level_seq")
    private Long id;

    /** Higher is more sensitive. */
    @Min(1)
    @Column(nullable = false)
    private int rank;

    protected Level() {
    }

    public Level(String code, Act act) {
        super(code, act);
    }

    @Override
    public Long getId() { return id; }
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }

    @Override
    protected ReferenceRow blank() {
        return new Level();
    }

    @Override
    protected void copyOwnValuesFrom(ReferenceRow other) {
        rank = ((Level) other).rank;
    }

    @Override
    protected void putOwnValues(Map<String, Object> values) {
        values.put("rank", rank);
    }
}
