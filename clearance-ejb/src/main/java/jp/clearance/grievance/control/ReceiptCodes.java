package jp.clearance.grievance.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Receipt codes of anonymous complaints: {@value #LENGTH} random decimal digits from {@link SecureRandom}, shown
 * once. Stored as a salted PBKDF2-HMAC-SHA256 hash (slow, because a space of digits is small) and a locator: the
 * first {@value #LOCATOR_LENGTH} digits, which find the candidate rows and count wrong codes for throttling. The
 * remaining {@value #SECRET_DIGITS} digits (about 46 bits) are known only to the complainant.
 */
public final class ReceiptCodes {
    public static final int LENGTH = 20;
    public static final int LOCATOR_LENGTH = 6;
    public static final int SECRET_DIGITS = LENGTH - LOCATOR_LENGTH;
    static final int ITERATIONS = 120_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when no row has the locator, so a wrong code takes as long whether the locator exists. */
    private static final String DUMMY = hash("00000000000000000000");

    private ReceiptCodes() {
    }

    /** A new code of {@value #LENGTH} digits. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** The code as typed, without spaces or hyphens; {@code null} if it is not {@value #LENGTH} digits. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\-]", "");
        return digits.matches("\\d{" + LENGTH + "}") ? digits : null;
    }

    /** The code in groups of four digits, for showing it once. */
    public static String format(String code) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(code, i, Math.min(i + 4, code.length()));
        }
        return b.toString();
    }

    public static String locator(String code) {
        return code.substring(0, LOCATOR_LENGTH);
    }

    /** {@code pbkdf2-sha256$iterations$salt$hash}, salt and hash in Base64. */
    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(code, salt, ITERATIONS));
    }

    /** Whether the code matches the stored hash (constant-time comparison). */
    public static boolean matches(String code, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(code, salt, Integer.parseInt(parts[1])));
    }

    /** Spends the time of one verification, for a locator no row has. */
    public static void verifyNothing(String code) {
        matches(code, DUMMY);
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

}
