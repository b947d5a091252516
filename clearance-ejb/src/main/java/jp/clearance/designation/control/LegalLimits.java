package jp.clearance.designation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.control.LegalParameters;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.Level;

/**
 * The reference data this component reads, in force on a day, without a caller's role (the daily checks run as
 * the system): designation period limits, the warning lead time, level ranks.
 */
@Dependent
public class LegalLimits {
    public static final String WARNING_DAYS = "DESIGNATION_EXPIRY_WARNING_DAYS";
    private static final String IN_FORCE = "r.effectiveFrom <= :on and (r.effectiveTo is null or r.effectiveTo >= :on)";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    /** The reference component's one query for a parameter in force (issue 16: one published query per fact). */
    @Inject
    LegalParameters parameters;

    /** @throws BusinessException {@code reference.parameterMissing} (code, day) */
    public LegalParameter parameter(String code, LocalDate on) {
        return parameters.parameter(code, on);
    }

    public DesignationPeriods.Limits periodLimits(Act act, LocalDate on) {
        return new DesignationPeriods.Limits(parameter(DesignationPeriods.code(act, "MAX_PERIOD"), on),
                parameter(DesignationPeriods.code(act, "TOTAL_LIMIT"), on),
                parameter(DesignationPeriods.code(act, "ABSOLUTE_CAP"), on));
    }

    public int warningDays(LocalDate on) {
        return parameter(WARNING_DAYS, on).intValue();
    }

    /** The levels in force on a day, by code. */
    public Map<String, Level> levels(LocalDate on) {
        List<Level> levels = em.createQuery("select r from Level r where " + IN_FORCE, Level.class)
                .setParameter("on", on).getResultList();
        return levels.stream().collect(Collectors.toMap(Level::getCode, l -> l, (a, b) -> a));
    }
}
