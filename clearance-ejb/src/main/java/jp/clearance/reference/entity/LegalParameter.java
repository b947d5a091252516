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
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * A period, deadline, count or operational setting the law (or this system) fixes, e.g. EVALUATION_VALIDITY =
 * 10 YEARS. Other components ask {@code ReferenceData.parameter(code, day)} for the version in force on a day.
 */
@Entity
@Table(name = "ref_parameter")
public class LegalParameter extends ReferenceRow {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ref_parameter_seq", sequenceName = "ref_parameter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ref_parameter_seq")
    private Long id;

    @Min(0)
    @Column(name = "value_num", nullable = false)
    private long valueNum;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParameterUnit unit;

    protected LegalParameter() {
    }

    public LegalParameter(String code, Act act) {
        super(code, act);
    }

    @Override
    public Long getId() { return id; }
    public long getValueNum() { return valueNum; }
    public void setValueNum(long valueNum) { this.valueNum = valueNum; }
    public ParameterUnit getUnit() { return unit; }
    public void setUnit(ParameterUnit unit) { this.unit = unit; }

    /** The value as an int, for counts and short periods. */
    public int intValue() {
        return Math.toIntExact(valueNum);
    }

    /** The value as a period of time; fails for a {@link ParameterUnit#COUNT}. */
    public Period period() {
        return switch (unit) {
            case YEARS -> Period.ofYears(intValue());
            case MONTHS -> Period.ofMonths(intValue());
            case DAYS -> Period.ofDays(intValue());
            case COUNT -> throw new IllegalStateException(getCode() + " is a count, not a period");
        };
    }

    /** The day this period ends when it starts on {@code start}, e.g. the expiry of an evaluation. */
    public LocalDate addTo(LocalDate start) {
        return start.plus(period());
    }

    @Override
    protected ReferenceRow blank() {
        return new LegalParameter();
    }

    @Override
    protected void copyOwnValuesFrom(ReferenceRow other) {
        LegalParameter o = (LegalParameter) other;
        valueNum = o.valueNum;
        unit = o.unit;
    }

    @Override
    protected void putOwnValues(Map<String, Object> values) {
        values.put("valueNum", valueNum);
        values.put("unit", unit);
    }
}
