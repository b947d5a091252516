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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;

/**
 * The maximum penalty for an offence: a prison term (拘禁刑) in months and/or a fine in yen.
 * {@code fineCumulative}: prison and fine may both be imposed ("or both"); {@code fineAlternative}: a fine may
 * be imposed instead of prison ("or a fine"); {@code corporateFineYen}: the fine on the company under the
 * dual-liability provision (両罰規定).
 */
@Entity
@Table(name = "ref_penalty")
public class Penalty extends ReferenceRow {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ref_penalty_seq", sequenceName = "ref_penalty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ref_penalty_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Offence offence;

    @Positive
    @Column(name = "max_prison_months")
    private Integer maxPrisonMonths;

    @Positive
    @Column(name = "max_fine_yen")
    private Long maxFineYen;

    @Column(name = "fine_cumulative", nullable = false)
    private boolean fineCumulative;

    @Column(name = "fine_alternative", nullable = false)
    private boolean fineAlternative;

    @Positive
    @Column(name = "corporate_fine_yen")
    private Long corporateFineYen;

    @Column(nullable = false)
    private boolean punishable = true;

    protected Penalty() {
    }

    public Penalty(String code, Act act) {
        super(code, act);
    }

    @Override
    public Long getId() { return id; }
    public Offence getOffence() { return offence; }
    public void setOffence(Offence offence) { this.offence = offence; }
    public Integer getMaxPrisonMonths() { return maxPrisonMonths; }
    public void setMaxPrisonMonths(Integer maxPrisonMonths) { this.maxPrisonMonths = maxPrisonMonths; }
    public Long getMaxFineYen() { return maxFineYen; }
    public void setMaxFineYen(Long maxFineYen) { this.maxFineYen = maxFineYen; }
    public boolean isFineCumulative() { return fineCumulative; }
    public void setFineCumulative(boolean fineCumulative) { this.fineCumulative = fineCumulative; }
    public boolean isFineAlternative() { return fineAlternative; }
    public void setFineAlternative(boolean fineAlternative) { this.fineAlternative = fineAlternative; }
    public Long getCorporateFineYen() { return corporateFineYen; }
    public void setCorporateFineYen(Long corporateFineYen) { this.corporateFineYen = corporateFineYen; }
    public boolean isPunishable() { return punishable; }
    public void setPunishable(boolean punishable) { this.punishable = punishable; }

    /** "Or both" and "or a fine" only make sense when there is both a prison term and a fine. */
    public boolean hasValidCombination() {
        return !(fineCumulative || fineAlternative) || (maxPrisonMonths != null && maxFineYen != null);
    }

    @Override
    protected ReferenceRow blank() {
        return new Penalty();
    }

    @Override
    protected void copyOwnValuesFrom(ReferenceRow other) {
        Penalty o = (Penalty) other;
        offence = o.offence;
        maxPrisonMonths = o.maxPrisonMonths;
        maxFineYen = o.maxFineYen;
        fineCumulative = o.fineCumulative;
        fineAlternative = o.fineAlternative;
        corporateFineYen = o.corporateFineYen;
        punishable = o.punishable;
    }

    @Override
    protected void putOwnValues(Map<String, Object> values) {
        values.put("offence", offence);
        values.put("maxPrisonMonths", maxPrisonMonths);
        values.put("maxFineYen", maxFineYen);
        values.put("fineCumulative", fineCumulative);
        values.put("fineAlternative", fineAlternative);
        values.put("corporateFineYen", corporateFineYen);
        values.put("punishable", punishable);
    }
}
