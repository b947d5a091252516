package jp.clearance.platform.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.security.Roles;

/**
 * Moves the application clock, for testing deadlines and expiries on a server started with
 * {@code -Dclearance.clock.adjustable=true} (config/test.asadmin). Refused anywhere else. Audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ClockControl {
    @Inject
    ApplicationClock clock;

    @Inject
    AuditRecorder audit;

    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
            Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
    public LocalDateTime now() {
        return clock.now();
    }

    /** Sets the clock to run {@code days} days ahead of real time (0 resets it). */
    public LocalDateTime shiftDays(long days) {
        if (!clock.isAdjustable()) {
            throw new BusinessException("clock.notAdjustable");
        }
        clock.setOffset(Duration.ofDays(days));
        audit.record(AuditAction.UPDATE, "ApplicationClock", null, "offsetDays=" + days);
        return clock.now();
    }
}
