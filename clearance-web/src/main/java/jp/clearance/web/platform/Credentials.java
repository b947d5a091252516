package jp.clearance.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.clearance.account.boundary.Logins;
import jp.clearance.account.entity.UserAccount;

/**
 * Verifies a user name and password against the identity store (PBKDF2) and remembers a successful verification, so
 * that an API client sending HTTP Basic on every call does not pay the hash on every call. A remembered verification
 * is keyed by a keyed digest of name and password (never the password itself), lives {@link #TTL_MILLIS}, and is
 * reused only while the account's {@link Logins#credentialStamp stamp} (hash, active, roles) is unchanged: a password
 * change, a deactivation or a new role takes effect on the next call. A locked account (too many failed logins in a
 * row, see {@link Logins#recordLogin}) is refused before its password is looked at.
 */
@ApplicationScoped
public class Credentials {
    static final long TTL_MILLIS = 120_000;
    static final int MAX_ENTRIES = 10_000;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1," + UserAccount.USERNAME_LENGTH + "}");

    /** A verified caller: the name and groups given to the container. */
    public record Verified(String name, Set<String> groups) implements java.io.Serializable {
    }

    private record Entry(Verified verified, String stamp, long expiresAt) {
    }

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Logins logins;

    public Credentials() {
        new SecureRandom().nextBytes(key);
    }

    /** The verified caller, or {@code null} when the name or password is wrong (the failure is audited). */
    public Verified verify(String username, String password) {
        if (username == null || password == null || !USERNAME.matcher(username).matches()) {
            logins.recordLogin(auditableName(username), false);
            return null;
        }
        String digest = digest(username, password);
        Entry entry = verified.get(digest);
        long now = System.currentTimeMillis();
        if (entry != null && entry.expiresAt() > now && entry.stamp().equals(logins.credentialStamp(username))) {
            return entry.verified();
        }
        if (logins.locked(username)) {
            // Too many failures in a row: refused like a wrong password, without looking at it.
            logins.recordLogin(username, false);
            return null;
        }
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            verified.remove(digest);
            logins.recordLogin(username, false);
            return null;
        }
        Verified caller = new Verified(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
        // A hash of an older, weaker setting is made again now that the password is known (changes the stamp once).
        logins.rehashIfWeak(username, password.toCharArray());
        String stamp = logins.credentialStamp(username);
        if (stamp != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(e -> e.expiresAt() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(digest, new Entry(caller, stamp, now + TTL_MILLIS));
        }
        return caller;
    }

    /** A name as the audit trail can hold it: printable, at most the length of a user name. */
    static String auditableName(String username) {
        if (username == null || username.isBlank()) {
            return "(none)";
        }
        String printable = username.codePoints().filter(c -> !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= UserAccount.USERNAME_LENGTH ? printable
                : printable.substring(0, UserAccount.USERNAME_LENGTH - 1) + "…";
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
