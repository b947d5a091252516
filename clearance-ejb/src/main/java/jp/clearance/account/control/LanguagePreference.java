package jp.clearance.account.control;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Which language the portal speaks to a user: the one stored with their account (chosen when they last switched,
 * on any browser), else the one last chosen on this browser (the cookie), else the first of Japanese or English the
 * browser asks for (Accept-Language), else Japanese.
 */
public final class LanguagePreference {
    /** The languages the portal speaks; Japanese is the default. */
    public static final Set<String> SUPPORTED = Set.of("ja", "en");
    public static final String DEFAULT = "ja";

    private LanguagePreference() {
    }

    /** Whether a language code is one the portal speaks. */
    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /**
     * The language by precedence: the account's stored language, the browser's cookie, Accept-Language (in the
     * browser's order; {@code null} when the request named none), Japanese. A value the portal does not speak is
     * passed over.
     */
    public static String resolve(String stored, String cookie, Iterator<Locale> accepted) {
        if (supported(stored)) {
            return stored;
        }
        if (supported(cookie)) {
            return cookie;
        }
        while (accepted != null && accepted.hasNext()) {
            String l = accepted.next().getLanguage();
            if (supported(l)) {
                return l;
            }
        }
        return DEFAULT;
    }
}
