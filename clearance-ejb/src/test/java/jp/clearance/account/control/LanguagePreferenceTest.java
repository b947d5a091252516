package jp.clearance.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The precedence of the portal's language: account, cookie, Accept-Language, Japanese. */
class LanguagePreferenceTest {

    private static String resolve(String stored, String cookie, Locale... accepted) {
        return LanguagePreference.resolve(stored, cookie, accepted.length == 0 ? null : List.of(accepted).iterator());
    }

    @Test
    void theAccountsLanguageComesFirst() {
        assertEquals("en", resolve("en", "ja", Locale.JAPANESE));
        assertEquals("ja", resolve("ja", "en", Locale.ENGLISH));
    }

    @Test
    void thenTheCookieThenAcceptLanguageThenJapanese() {
        assertEquals("en", resolve(null, "en", Locale.JAPANESE));
        assertEquals("en", resolve(null, null, Locale.GERMAN, Locale.ENGLISH, Locale.JAPANESE));
        assertEquals("ja", resolve(null, null, Locale.FRENCH));
        assertEquals("ja", resolve(null, null));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakIsPassedOver() {
        assertEquals("en", resolve("fr", "xx", Locale.ENGLISH));
        assertTrue(LanguagePreference.supported("ja"));
        assertFalse(LanguagePreference.supported("EN"));
        assertFalse(LanguagePreference.supported(null));
    }
}
