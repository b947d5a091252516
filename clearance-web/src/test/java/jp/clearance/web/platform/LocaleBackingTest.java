package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleBackingTest {

    @Test
    void theFirstSupportedLanguageOfTheBrowserWinsElseJapanese() {
        assertEquals(Locale.ENGLISH, LocaleBacking.preferred(List.of(Locale.forLanguageTag("en-US"), Locale.JAPANESE).iterator()));
        assertEquals(Locale.JAPANESE, LocaleBacking.preferred(List.of(Locale.FRENCH, Locale.forLanguageTag("ja-JP"), Locale.ENGLISH).iterator()));
        assertEquals(Locale.JAPANESE, LocaleBacking.preferred(List.of(Locale.GERMAN).iterator()));
        assertEquals(Locale.JAPANESE, LocaleBacking.preferred(null));
    }
}
