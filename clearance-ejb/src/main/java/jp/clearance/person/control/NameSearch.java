package jp.clearance.person.control;

/**
 * Decides which name column a search text is matched against, so that each search is one indexed prefix
 * match instead of an OR over three columns (which no index serves at a million people): katakana searches the
 * kana reading, Latin letters the Latin name (case-insensitive), anything else the family name as written.
 */
public final class NameSearch {
    /** The column a name search uses. */
    public enum Column {
        KANA, LATIN, WRITTEN
    }

    private NameSearch() {
    }

    public static Column columnFor(String text) {
        String t = text.strip();
        if (t.codePoints().allMatch(c -> c >= 0x30A0 && c <= 0x30FF || c == ' ' || c == 0x3000)) {
            return Column.KANA;
        }
        if (t.codePoints().allMatch(c -> c < 0x80)) {
            return Column.LATIN;
        }
        return Column.WRITTEN;
    }

    /**
     * The smallest string after every string that starts with the text (its last code point plus one), for a
     * range that an ordered index can seek. Assumes the database orders by code point (collation C / C.UTF-8,
     * as the README requires for PostgreSQL).
     */
    public static String upperBound(String text) {
        String t = text.strip();
        int last = t.codePointBefore(t.length());
        return t.substring(0, t.length() - Character.charCount(last)) + new String(Character.toChars(last + 1));
    }

    /**
     * The LIKE pattern for a prefix search; {@code %}, {@code _} and {@code \} in the text match literally. The
     * backslash is the default LIKE escape of H2 and PostgreSQL, so queries write no {@code ESCAPE} clause: with one,
     * EclipseLink stops binding the query's parameters and prints them inline, and an inlined boolean ({@code 1})
     * is refused by H2 ("BOOLEAN and INTEGER are not comparable").
     */
    public static String prefixPattern(String text, Column column) {
        String t = text.strip();
        if (column == Column.LATIN) {
            t = t.toUpperCase(java.util.Locale.ROOT);
        }
        return t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
