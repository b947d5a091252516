package jp.clearance.vetting.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.clearance.platform.security.Roles;

/** Every morning, reminders for certificates entering the expiry warning period (see {@link Certificates#sendReminders}). */
@Singleton
@RunAs(Roles.AGENCY_SECURITY_OFFICER)
public class ExpiryReminders {
    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

    @Inject
    Certificates certificates;

    @Schedule(hour = "6", minute = "0", persistent = false)
    void daily() {
        LOG.info(() -> "Certificate expiry reminders sent: " + certificates.sendReminders());
    }
}
