package jp.clearance.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {
    static final LocalDate APRIL_1 = LocalDate.of(1980, 4, 1);

    @Test
    void theThreeFormsAreRead() {
        assertEquals(Optional.of(APRIL_1), Dates.parse("1980/04/01"));
        assertEquals(Optional.of(APRIL_1), Dates.parse("1980-04-01"));
        assertEquals(Optional.of(APRIL_1), Dates.parse("19800401"));
    }

    @Test
    void blanksFullWidthAndOneDigitMonthsAreRead() {
        assertEquals(Optional.of(APRIL_1), Dates.parse(" 1980/4/1 "));
        assertEquals(Optional.of(APRIL_1), Dates.parse("１９８０／０４／０１"));
        assertEquals(Optional.of(APRIL_1), Dates.parse("１９８００４０１"));
        assertEquals(Optional.of(APRIL_1), Dates.parse("1980.04.01"));
    }

    @Test
    void badInputIsNotADate() {
        for (String bad : new String[] {"", "   ", "1980/13/01", "1980-02-30", "19800230", "1980/04-01", "80/04/01",
                "198004011", "令和5年4月1日", "April 1, 1980", "1980-04-01T00:00", "abc"}) {
            assertEquals(Optional.empty(), Dates.parse(bad), bad);
        }
        assertEquals(Optional.empty(), Dates.parse(null));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Dates.parse("20240229"), "a leap day exists");
    }

    @Test
    void normalizeStoresTheIsoDayOrKeepsWhatWasTyped() {
        assertEquals("1980-04-01", Dates.normalize("19800401"));
        assertEquals("1980-04-01", Dates.normalize("1980/04/01"));
        assertEquals("令和5年4月1日", Dates.normalize(" 令和5年4月1日 "));
    }

    @Test
    void oneFormatPerLanguage() {
        LocalDate d = LocalDate.of(2026, 12, 3);
        assertEquals("2026/12/03", Dates.format(d, Locale.JAPANESE));
        assertEquals("2026-12-03", Dates.format(d, Locale.ENGLISH));
        assertEquals("2026/12/03", Dates.format(d, null), "Japanese is the default");
        assertEquals("2026/12/03 09:05", Dates.format(LocalDateTime.of(2026, 12, 3, 9, 5), Locale.JAPANESE));
        assertEquals("2026-12-03 09:05", Dates.format(LocalDateTime.of(2026, 12, 3, 9, 5), Locale.ENGLISH));
        assertEquals("2026/12/03", Dates.format((Object) "2026-12-03", Locale.JAPANESE), "a stored ISO day");
        assertEquals("2026-13-03", Dates.format((Object) "2026-13-03", Locale.JAPANESE), "not a day: as it is");
        assertEquals("", Dates.format((LocalDate) null, Locale.JAPANESE));
    }

    @Test
    void theJapaneseEraWithTheFirstYearAsGannen() {
        assertEquals("令和8年12月3日", Dates.era(LocalDate.of(2026, 12, 3), Locale.JAPANESE));
        assertEquals("令和元年5月1日", Dates.era(LocalDate.of(2019, 5, 1), Locale.JAPANESE));
        assertEquals("平成31年4月30日", Dates.era(LocalDate.of(2019, 4, 30), Locale.JAPANESE));
        assertEquals("平成元年1月8日", Dates.era(LocalDate.of(1989, 1, 8), Locale.JAPANESE));
        assertEquals("昭和64年1月7日", Dates.era(LocalDate.of(1989, 1, 7), Locale.JAPANESE));
        assertEquals("令和2年1月1日", Dates.era(LocalDate.of(2020, 1, 1), Locale.JAPANESE));
        assertEquals("1872年12月31日", Dates.era(LocalDate.of(1872, 12, 31), Locale.JAPANESE), "before the eras");
        assertEquals("2026-12-03", Dates.era(LocalDate.of(2026, 12, 3), Locale.ENGLISH));
        assertEquals("令和8年12月3日（2026-12-03）", Dates.bilingual(LocalDate.of(2026, 12, 3)));
    }

    @Test
    void isoIsRecognised() {
        assertTrue(Dates.isIso("2026-12-03"));
        assertFalse(Dates.isIso("2026/12/03"));
        assertFalse(Dates.isIso("2026-02-30"));
        assertFalse(Dates.isIso("12"));
    }
}
