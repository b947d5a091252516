package jp.clearance.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * How password hashes are made: the container's {@link Pbkdf2PasswordHash} with {@value #ALGORITHM} and
 * {@value #ITERATIONS} iterations (OWASP's figure for PBKDF2-HMAC-SHA512; one hash took about 175 ms on the project's
 * 2-core machine). A stored hash carries its own parameters ({@code algorithm:iterations:salt:hash}), so hashes made
 * with an older setting (PBKDF2WithHmacSHA256, 2,048 iterations until 2026-12) keep verifying, in the identity store as
 * here, and {@link #isWeak} tells which ones to make again at the next login.
 */
@Dependent
public class PasswordHashing {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash hash;

    PasswordHashing() {
    }

    /** Hashing with this container hash (for a test without a container). */
    static PasswordHashing using(Pbkdf2PasswordHash hash) {
        PasswordHashing h = new PasswordHashing();
        h.hash = hash;
        h.configure();
        return h;
    }

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    /** A new hash with the current setting. */
    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches the stored hash, whatever the setting it was made with. */
    public boolean verify(char[] password, String stored) {
        return stored != null && hash.verify(password, stored);
    }

    /**
     * Whether the stored hash was made with a weaker setting than the current one (another algorithm, fewer
     * iterations) or cannot be read: it is to be made again when the password is next at hand.
     */
    public static boolean isWeak(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The setting of a stored hash, e.g. {@code PBKDF2WithHmacSHA256/2048} (no salt, no hash), for the audit trail. */
    public static String setting(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        return parts.length == 4 ? parts[0] + "/" + parts[1] : "unknown";
    }
}
