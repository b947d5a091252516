package jp.clearance.designation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.logging.Logger;
import jp.clearance.designation.control.DesignationExpiry;
import jp.clearance.designation.control.RegisterKeeper;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.vetting.control.EligibilityChanges;

/**
 * The daily checks (Japan time, after the eligibility expiry): eligibility records past their end expire, designations
 * past their end expire and their registers close, officers are warned of designations ending soon, and everyone on
 * a register who no longer qualifies (clearance lapsed, training expired, moved section...) is taken off. An
 * administrator can run them at once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DailyChecks {
    private static final Logger LOG = Logger.getLogger(DailyChecks.class.getName());

    @Inject
    EligibilityChanges eligibilities;

    @Inject
    DesignationExpiry designations;

    @Inject
    RegisterKeeper registers;

    @Inject
    ApplicationClock clock;

    /** What one run did. */
    public record Result(LocalDate day, int eligibilitiesExpired, int designationsExpired, int warnings,
                         int handlersRemoved) implements Serializable {
    }

    public Result runNow() {
        return run(clock.today());
    }

    @Schedule(hour = "0", minute = "45", timezone = "Asia/Tokyo", persistent = false)
    @PermitAll
    void daily() {
        Result r = run(clock.today());
        LOG.info(() -> "Daily designation checks: " + r);
    }

    private Result run(LocalDate today) {
        int expired = eligibilities.expireDue(today);
        int designationsExpired = designations.expireDue(today);
        int warnings = designations.warn(today);
        int removed = registers.reviewAll(today);
        return new Result(today, expired, designationsExpired, warnings, removed);
    }
}
