package jp.clearance.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jp.clearance.platform.BusinessException;

/**
 * What a new password must be (ASVS level 2, V2.1): at least {@value #MIN_LENGTH} characters (any characters, no
 * composition rules), at most {@value #MAX_LENGTH}, not one of the common passwords shipped with the application
 * ({@code common-passwords.txt}, compared in lower case, also once leading and trailing digits and symbols are taken off:
 * {@code Password1234!} is {@code password}), and not a repetition or a run ({@code aaaaaaaaaaaa},
 * {@code abcabcabcabc}, {@code abcdefghijkl}, {@code 987654321098}). The one place that decides; {@code Accounts}
 * applies it wherever a password is set.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase; bounds the work of hashing what a caller sends. */
    public static final int MAX_LENGTH = 128;
    static final String LIST = "common-passwords.txt";

    private static final class Standard {
        static final PasswordPolicy INSTANCE = new PasswordPolicy(load());
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list shipped with the application (read once). */
    public static PasswordPolicy standard() {
        return Standard.INSTANCE;
    }

    /** How many common passwords the list holds. */
    public int listSize() {
        return common.size();
    }

    /** Refuses a password that breaks the policy, with the key of the rule it breaks (bundle prefix {@code error.}). */
    public void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new BusinessException("account.passwordTooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new BusinessException("account.passwordTooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isRepetitive(lower)) {
            throw new BusinessException("account.passwordRepetitive");
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            throw new BusinessException("account.passwordCommon");
        }
    }

    /** The password without leading and trailing characters that are neither letters nor spaces. */
    static String core(String password) {
        int from = 0;
        int to = password.length();
        while (from < to && !Character.isLetter(password.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(password.charAt(to - 1))) {
            to--;
        }
        return password.substring(from, to);
    }

    /**
     * Few different characters (three or fewer), the same part over and over ({@code abcabc...}), or a run up or down
     * the alphabet or the digits ({@code 9} is followed by {@code 0}, {@code z} by {@code a}).
     */
    static boolean isRepetitive(String password) {
        int[] cps = password.codePoints().toArray();
        if (password.codePoints().distinct().count() <= 3) {
            return true;
        }
        for (int unit = 1; unit <= cps.length / 2; unit++) {
            if (cps.length % unit == 0 && password.equals(password.substring(0, password.offsetByCodePoints(0, unit))
                    .repeat(cps.length / unit))) {
                return true;
            }
        }
        return isRun(cps, 1) || isRun(cps, -1);
    }

    private static boolean isRun(int[] cps, int step) {
        for (int i = 1; i < cps.length; i++) {
            if (next(cps[i - 1], step) != cps[i]) {
                return false;
            }
        }
        return true;
    }

    private static int next(int c, int step) {
        if (c >= '0' && c <= '9') {
            return '0' + Math.floorMod(c - '0' + step, 10);
        }
        if (c >= 'a' && c <= 'z') {
            return 'a' + Math.floorMod(c - 'a' + step, 26);
        }
        return c + step;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
