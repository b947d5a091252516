package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.entity.LegalParameter;

/**
 * The grievance parameters in force on a day (targets, reminder lead time, receipt-code throttle, transfer watch),
 * read from the legal reference data with the same in-force rule as {@code ReferenceData.parameter}. Read here
 * directly because the anonymous path and the daily job call without a role.
 */
@Dependent
public class Targets {
    public static final String ACK_DAYS = "GRIEVANCE_ACK_DAYS";
    public static final String DECISION_MONTHS = "GRIEVANCE_DECISION_MONTHS";
    public static final String REMINDER_DAYS = "GRIEVANCE_REMINDER_DAYS";
    public static final String CODE_MAX_FAILURES = "GRIEVANCE_CODE_MAX_FAILURES";
    public static final String CODE_LOCK_DAYS = "GRIEVANCE_CODE_LOCK_DAYS";
    public static final String TRANSFER_WATCH_MONTHS = "TRANSFER_WATCH_MONTHS";

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    public LegalParameter parameter(String code, LocalDate on) {
        return em.createQuery("select r from LegalParameter r where r.code = :code and r.effectiveFrom <= :on"
                        + " and (r.effectiveTo is null or r.effectiveTo >= :on) order by r.effectiveFrom desc",
                        LegalParameter.class)
                .setParameter("code", code).setParameter("on", on).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("reference.parameterMissing", code, on));
    }
}
