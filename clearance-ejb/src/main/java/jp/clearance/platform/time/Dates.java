package jp.clearance.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the application reads and writes a date, for every page, message and PDF.
 * <ul>
 * <li>Shown: {@code yyyy/MM/dd} in Japanese, {@code yyyy-MM-dd} in English (and {@code HH:mm} after it for a
 * moment); {@link #era} writes the Japanese era where forms customarily show it (令和8年12月3日, 令和元年5月1日).</li>
 * <li>Read: {@code 1980/04/01}, {@code 1980-04-01} and {@code 19800401} (full-width digits and separators too, and
 * one-digit months and days with a separator: {@code 1980/4/1}); anything else, or a day that does not exist, is
 * not a date.</li>
 * <li>Stored (questionnaire answers, JSON): ISO {@code yyyy-MM-dd}.</li>
 * </ul>
 */
public final class Dates {
    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter JA_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    /** The first day the Japanese calendar of java.time counts eras (Meiji 6, the Gregorian calendar in Japan). */
    private static final LocalDate FIRST_ERA_DAY = LocalDate.of(1873, 1, 1);

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([/\\-.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** Japanese unless English is asked for (the portal's two languages). */
    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A day in the user's format: 2026/12/03 (Japanese), 2026-12-03 (English); empty for null. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : (english(locale) ? EN : JA).format(date);
    }

    /** A moment in the user's format: 2026/12/03 14:05 (Japanese), 2026-12-03 14:05 (English); empty for null. */
    public static String format(LocalDateTime moment, Locale locale) {
        return moment == null ? "" : (english(locale) ? EN_TIME : JA_TIME).format(moment);
    }

    /**
     * {@link #format(LocalDate, Locale)} or {@link #format(LocalDateTime, Locale)}, also for an ISO day given as text
     * (a stored answer, a message argument); other values as text.
     */
    public static String format(Object value, Locale locale) {
        if (value instanceof LocalDateTime moment) {
            return format(moment, locale);
        }
        if (value instanceof LocalDate date) {
            return format(date, locale);
        }
        if (value instanceof String text && isIso(text)) {
            return format(LocalDate.parse(text), locale);
        }
        return value == null ? "" : value.toString();
    }

    /**
     * A day with the Japanese era, as letters and certificates write it: 令和8年12月3日, the first year of an era as
     * 元年 (令和元年5月1日); before the eras of the Japanese calendar (1873) the Western year (1872年12月31日). In English
     * the English format ({@link #format(LocalDate, Locale)}). Empty for null.
     */
    public static String era(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (english(locale)) {
            return format(date, locale);
        }
        if (date.isBefore(FIRST_ERA_DAY)) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        JapaneseDate j = JapaneseDate.from(date);
        JapaneseEra era = j.getEra();
        int year = j.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : Integer.toString(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The Japanese era and the English format together, for the bilingual PDFs: 令和8年12月3日（2026-12-03）. */
    public static String bilingual(LocalDate date) {
        return date == null ? "" : era(date, Locale.JAPANESE) + "（" + format(date, Locale.ENGLISH) + "）";
    }

    /**
     * Reads a day typed as 1980/04/01, 1980-04-01 or 19800401 (full-width digits and separators, surrounding blanks and
     * one-digit months and days with a separator are accepted). Empty for a blank text or anything that is not an
     * existing day.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = halfWidth(text).strip();
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
            return of(m.group(1), m.group(2), m.group(3));
        }
        return of(m.group(1), m.group(3), m.group(4));
    }

    /** Whether the text is a stored (ISO) day, 2026-12-03: what a message argument holding a date looks like. */
    public static boolean isIso(String text) {
        return text != null && ISO.matcher(text).matches() && parse(text).isPresent();
    }

    /**
     * What a date field stores: the ISO day when the text is a date, else the text as typed (trimmed), so that
     * nothing typed is lost and the rules can say what is wrong with it.
     */
    public static String normalize(String text) {
        return text == null ? null : parse(text).map(LocalDate::toString).orElse(text.strip());
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Full-width digits, slash, hyphen (and the long dash and minus a Japanese IME types) and blank to ASCII. */
    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '／') {
                b.append('/');
            } else if (c == '－' || c == 'ー' || c == '―' || c == '‐' || c == '−') {
                b.append('-');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '　') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
