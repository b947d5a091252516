package jp.clearance.reference.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.Penalty;
import jp.clearance.reference.entity.ReferenceRow;

/**
 * The version of a legal parameter or penalty in force on a day, for use inside other components' boundaries
 * and in scheduled jobs (which run without a caller, so they cannot call the role-checked
 * {@code ReferenceData} boundary). {@code ReferenceData} delegates its lookups here: one place for the rule.
 */
@Dependent
public class LegalParameters {
    public static final String IN_FORCE = "r.effectiveFrom <= :on and (r.effectiveTo is null or r.effectiveTo >= :on)";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    public LegalParameter parameter(String code, LocalDate on) {
        return inForce(LegalParameter.class, code, on)
                .orElseThrow(() -> new BusinessException("reference.parameterMissing", code, on));
    }

    public Penalty penalty(String code, LocalDate on) {
        return inForce(Penalty.class, code, on)
                .orElseThrow(() -> new BusinessException("reference.penaltyMissing", code, on));
    }

    public <T extends ReferenceRow> Optional<T> inForce(Class<T> type, String code, LocalDate on) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.code = :code and " + IN_FORCE
                        + " order by r.effectiveFrom desc", type)
                .setParameter("code", code).setParameter("on", on).setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
