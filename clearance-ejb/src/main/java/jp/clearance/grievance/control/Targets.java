package jp.clearance.grievance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jp.clearance.reference.control.LegalParameters;
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

    /** The reference component's one query for a parameter in force (issue 16: one published query per fact). */
    @Inject
    LegalParameters parameters;

    /** @throws jp.clearance.platform.BusinessException {@code reference.parameterMissing} (code, day) */
    public LegalParameter parameter(String code, LocalDate on) {
        return parameters.parameter(code, on);
    }
}
