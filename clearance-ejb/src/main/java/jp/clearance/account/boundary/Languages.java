package jp.clearance.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Iterator;
import java.util.Locale;
import jp.clearance.account.control.LanguagePreference;
import jp.clearance.account.entity.UserAccount;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.NotFoundException;
import jp.clearance.platform.security.Caller;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * The language a user chose, stored with their account ({@code user_account.locale}), so that it follows them to
 * every browser and across logins ({@link LanguagePreference}: the account's language comes before the browser's
 * cookie and Accept-Language). Every signed-in user sets and reads their own.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.AGENCY_SECURITY_OFFICER, Roles.INVESTIGATOR, Roles.ADJUDICATOR,
        Roles.COMPLIANCE_OFFICER, Roles.GRIEVANCE_OFFICER, Roles.EMPLOYEE, Roles.AUDITOR})
public class Languages {
    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditRecorder audit;

    @Inject
    ApplicationClock clock;

    /** The language stored with the caller's account ({@code ja} or {@code en}), or {@code null} if never chosen. */
    public String chosen() {
        String stored = own().getLocale();
        return LanguagePreference.supported(stored) ? stored : null;
    }

    /** The caller's language by precedence: their account's, else the browser's cookie, Accept-Language, Japanese. */
    public String resolve(String cookie, Iterator<Locale> accepted) {
        return LanguagePreference.resolve(chosen(), cookie, accepted);
    }

    /** Stores the caller's choice (audited when it changes); a language the portal does not speak is refused. */
    public void choose(String language) {
        if (!LanguagePreference.supported(language)) {
            throw new BusinessException("account.unsupportedLanguage", language);
        }
        UserAccount a = own();
        if (!language.equals(a.getLocale())) {
            a.setLocale(language);
            a.stamp(caller.name(), clock.now());
            audit.record(AuditAction.UPDATE, "UserAccount", a.getId(), "language " + language);
        }
    }

    private UserAccount own() {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", caller.name()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("UserAccount", caller.name()));
    }
}
