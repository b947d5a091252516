package jp.clearance.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import jp.clearance.account.control.PasswordHashing;
import jp.clearance.account.entity.UserAccount;
import jp.clearance.audit.control.AuditRecorder;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.security.Roles;
import jp.clearance.platform.time.ApplicationClock;

/**
 * What the authentication mechanism asks and records around a login, before anyone is signed in: what a cached
 * verification stands on, whether an account is locked after too many failures, every success and failure (audited,
 * counted), and the re-hash of a password stored with an older setting. An administrator lifts a lock early.
 */
@Stateless
@PermitAll
public class Logins {
    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_LOGINS = 10;
    /** How long the first lock lasts; each further one lasts twice as long. */
    public static final int LOCK_MINUTES = 15;

    @PersistenceContext(unitName = "clearance")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditRecorder audit;

    @Inject
    ApplicationClock clock;

    /**
     * What a verified credential of this account stands on: its password hash and roles, or {@code null} when the
     * account does not exist, is inactive or is locked. A cached verification is reused only while this is unchanged, so a
     * password change, a deactivation or a change of roles takes effect on the next request (one indexed query).
     */
    @PermitAll
    public String credentialStamp(String username) {
        List<Object[]> rows = em.createQuery("select a.passwordHash, r from UserAccount a left join a.roles r"
                        + " where a.username = :u and a.active = true and (a.lockedUntil is null or a.lockedUntil <= :now)"
                        + " order by r", Object[].class)
                .setParameter("u", username).setParameter("now", clock.now()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        StringBuilder stamp = new StringBuilder((String) rows.get(0)[0]);
        for (Object[] row : rows) {
            stamp.append('|').append(row[1]);
        }
        return stamp.toString();
    }

    /**
     * Whether logins of this account are refused now, after {@link #MAX_FAILED_LOGINS} failures in a row. Only
     * asked when a password is to be verified (the cached path stands on {@link #credentialStamp}).
     */
    @PermitAll
    public boolean locked(String username) {
        return !em.createQuery("select a.id from UserAccount a where a.username = :u and a.lockedUntil > :now",
                        Long.class).setParameter("u", username).setParameter("now", clock.now())
                .getResultList().isEmpty();
    }

    /**
     * Called by the authentication mechanism after a successful or failed login; every one is audited. A failure is
     * counted in the database (one statement, so concurrent failures neither conflict nor get lost); each
     * {@link #MAX_FAILED_LOGINS}-th failure in a row locks the account, for {@link #LOCK_MINUTES} minutes the first time
     * and twice as long each further time (at most a day), until a success or an administrator unlocks it. A success
     * resets the count and answers how many failures came before it, so that the owner can be told.
     */
    @PermitAll
    public int recordLogin(String username, boolean success) {
        List<Object[]> found = em.createQuery("select a.id, a.failedLogins from UserAccount a where a.username = :u",
                Object[].class).setParameter("u", username).getResultList();
        Long id = found.isEmpty() ? null : (Long) found.get(0)[0];
        audit.record(username, success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, "UserAccount", id, null);
        if (id == null) {
            return 0;
        }
        LocalDateTime now = clock.now();
        if (success) {
            em.createQuery("update UserAccount a set a.lastLoginAt = :now, a.failedLogins = 0, a.lockedUntil = null"
                    + " where a.id = :id").setParameter("now", now).setParameter("id", id).executeUpdate();
            return (Integer) found.get(0)[1];
        }
        em.createQuery("update UserAccount a set a.failedLogins = a.failedLogins + 1 where a.id = :id")
                .setParameter("id", id).executeUpdate();
        int failures = em.createQuery("select a.failedLogins from UserAccount a where a.id = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
        if (failures % MAX_FAILED_LOGINS == 0) {
            long minutes = Math.min(24 * 60, LOCK_MINUTES * (1L << Math.min(10, failures / MAX_FAILED_LOGINS - 1)));
            em.createQuery("update UserAccount a set a.lockedUntil = :until where a.id = :id")
                    .setParameter("until", now.plusMinutes(minutes)).setParameter("id", id).executeUpdate();
            audit.record(username, AuditAction.ACCESS_DENIED, "UserAccount", id,
                    "locked for " + minutes + " minutes after " + failures + " failed logins");
        }
        return 0;
    }

    /**
     * A wrong current password given to change it counts as a failed login, in a transaction of its own (the refusal
     * rolls the change back): a signed-in session is no way round the lock for guessing the password.
     */
    @PermitAll
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordWrongPassword(String username) {
        recordLogin(username, false);
    }

    /** An administrator lifts the lock of an account before its time (and clears its count of failures). */
    @RolesAllowed(Roles.ADMIN)
    public UserAccount unlock(long id) {
        UserAccount a = find(id);
        em.createQuery("update UserAccount a set a.failedLogins = 0, a.lockedUntil = null where a.id = :id")
                .setParameter("id", id).executeUpdate();
        audit.record(AuditAction.UPDATE, "UserAccount", id, "unlocked");
        em.refresh(a);
        return a;
    }

    /**
     * Called by the authentication mechanism after a successful login, with the password just checked: a hash made with
     * a weaker setting than the current one ({@link PasswordHashing#isWeak}) is made again. Does nothing when the hash
     * is current, the password does not match, or another login re-hashed it meanwhile (the update names the old hash).
     */
    @PermitAll
    public void rehashIfWeak(String username, char[] password) {
        if (username == null || password == null) {
            return;
        }
        List<Object[]> found = em.createQuery("select a.id, a.passwordHash from UserAccount a where a.username = :u",
                Object[].class).setParameter("u", username.trim().toLowerCase()).getResultList();
        if (found.isEmpty()) {
            return;
        }
        long id = (Long) found.get(0)[0];
        String stored = (String) found.get(0)[1];
        if (!PasswordHashing.isWeak(stored) || !hashing.verify(password, stored)) {
            return;
        }
        int updated = em.createQuery("update UserAccount a set a.passwordHash = :new where a.id = :id"
                        + " and a.passwordHash = :old").setParameter("new", hashing.hash(password))
                .setParameter("id", id).setParameter("old", stored).executeUpdate();
        if (updated == 1) {
            audit.record(username, AuditAction.UPDATE, "UserAccount", id, "password re-hashed at login: "
                    + PasswordHashing.setting(stored) + " -> " + PasswordHashing.ALGORITHM + "/"
                    + PasswordHashing.ITERATIONS);
        }
    }

    private UserAccount find(long id) {
        UserAccount a = em.find(UserAccount.class, id);
        if (a == null) {
            throw new jp.clearance.platform.NotFoundException("UserAccount", id);
        }
        return a;
    }
}
