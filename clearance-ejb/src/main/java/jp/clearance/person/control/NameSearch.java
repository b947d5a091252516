package jp.clearance.person.control;

import jakarta.persistence.Query;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for finding a person by name, used by every list and picker that filters people by name.
 *
 * <p>A person carries normalized search keys (columns {@code name_kana_key}, {@code name_latin_key},
 * {@code name_latin_reversed_key}, kept by {@code Person} on every write, backfilled by migration V81), and the text
 * typed is normalized by the same functions, so each search is one indexed prefix match (a range the ordered index
 * seeks, plus {@code LIKE} to keep it exact) and never a function or a leading wildcard on the column:
 * <ul>
 * <li>kana ({@link #kanaKey}): full-width katakana (hiragana and half-width kana are turned into it), small kana
 * written large, ヂ/ヅ/ヰ/ヱ/ヲ as ジ/ズ/イ/エ/オ, and a long vowel written with ー (or a dash) or with its kana
 * (サトウ, サトー; オオノ, オーノ; ユウキ, ユーキ) all as ー; the family reading, a space, the given reading;</li>
 * <li>Latin ({@link #latinKey}): NFKC, without accents (ō → O), upper case, {@code -} and {@code .} as spaces,
 * apostrophes dropped, and the long vowels OU, OO, OH (before a consonant or at the end) and UU written O and U
 * (SATOU, SATOH, SATŌ → SATO); stored in both orders ({@link #reversedLatinKey}: the last word first), as the
 * Latin name is written given name first ("Taro Sato") but searched for by either;</li>
 * <li>written names (kanji): the family name as written, prefix.</li>
 * </ul>
 * Each function changes a character only according to the characters before it (or deletes one), so the key of a
 * prefix is a prefix of the key: typing more of a name never loses the person.
 */
public final class NameSearch {
    /** The column a name search uses. */
    public enum Column {
        KANA, LATIN, WRITTEN
    }

    /** The length of the kana key column: both readings (100 each, {@code Person.NAME_LENGTH}) and a space. */
    public static final int KANA_KEY_LENGTH = 201;
    /** The length of the Latin key columns (as the Latin name, {@code Person.LATIN_LENGTH}). */
    public static final int LATIN_KEY_LENGTH = 200;

    private static final String VOWEL_A = "アカガサザタダナハバパマヤラワ";
    private static final String VOWEL_I = "イキギシジチヂニヒビピミリヰ";
    private static final String VOWEL_U = "ウクグスズツヅヌフブプムユルヴ";
    private static final String VOWEL_E = "エケゲセゼテデネヘベペメレヱ";
    private static final String VOWEL_O = "オコゴソゾトドノホボポモヨロヲ";
    private static final String SMALL = "ァィゥェォッャュョヮヵヶヂヅヰヱヲ";
    private static final String LARGE = "アイウエオツヤユヨワカケジズイエオ";
    /** Dashes people type for the long vowel mark (after NFKC, which turns ｰ into ー and － into -). */
    private static final String DASHES = "-‐‑‒–—―−〜~";
    private static final char LONG = 'ー';

    private NameSearch() {
    }

    /** The column a text searches: kana (either script, either width) the reading, Latin the Latin name, else the written name. */
    public static Column columnFor(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (t.codePoints().anyMatch(NameSearch::isKana)
                && t.codePoints().allMatch(c -> isKana(c) || Character.isWhitespace(c) || c == 0x3000
                        || DASHES.indexOf(c) >= 0)) {
            return Column.KANA;
        }
        if (t.codePoints().allMatch(c -> c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                || Character.getType(c) == Character.NON_SPACING_MARK)) {
            return Column.LATIN;
        }
        return Column.WRITTEN;
    }

    private static boolean isKana(int c) {
        return c >= 0x3041 && c <= 0x309F || c >= 0x30A0 && c <= 0x30FF;
    }

    /** The kana key of a person: the family reading, a space, the given reading. */
    public static String kanaKey(String familyKana, String givenKana) {
        String family = kanaKey(familyKana);
        String given = kanaKey(givenKana);
        return given.isEmpty() ? family : family + " " + given;
    }

    /** The kana key of a reading (or of a search text): see the class comment. */
    public static String kanaKey(String kana) {
        if (kana == null) {
            return "";
        }
        String t = Normalizer.normalize(kana, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(t.length());
        char vowel = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x3041 && c <= 0x3096) {
                c += 0x60; // hiragana → katakana
            }
            int small = SMALL.indexOf(c);
            if (small >= 0) {
                c = LARGE.charAt(small);
            }
            if (DASHES.indexOf(c) >= 0) {
                c = LONG;
            }
            if (Character.isWhitespace(c) || c == 0x3000) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                vowel = 0;
                continue;
            }
            boolean lengthens = c == LONG || vowel != 0 && (c == 'ウ' && (vowel == 'o' || vowel == 'u')
                    || c == 'オ' && vowel == 'o' || c == 'ア' && vowel == 'a' || c == 'イ' && vowel == 'i'
                    || c == 'エ' && vowel == 'e');
            if (lengthens) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != LONG) {
                    out.append(LONG);
                }
                continue; // the vowel stays that of the kana lengthened
            }
            out.append(c);
            vowel = vowelOf(c);
        }
        return out.toString().strip();
    }

    private static char vowelOf(char c) {
        if (VOWEL_A.indexOf(c) >= 0) {
            return 'a';
        }
        if (VOWEL_I.indexOf(c) >= 0) {
            return 'i';
        }
        if (VOWEL_U.indexOf(c) >= 0) {
            return 'u';
        }
        if (VOWEL_E.indexOf(c) >= 0) {
            return 'e';
        }
        if (VOWEL_O.indexOf(c) >= 0) {
            return 'o';
        }
        return 0;
    }

    /** The Latin key of a Latin name (or of a search text), in the order written: see the class comment. */
    public static String latinKey(String latin) {
        if (latin == null) {
            return "";
        }
        String t = Normalizer.normalize(Normalizer.normalize(latin, Normalizer.Form.NFKC), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '’' || c == '`') {
                continue;
            }
            plain.append(Character.isWhitespace(c) || c == '-' || c == '.' || c == ',' || c == '‐' ? ' ' : c);
        }
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            char prev = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
            if (c == ' ' && (prev == ' ' || prev == 0)) {
                continue;
            }
            if (c == 'U' && (prev == 'O' || prev == 'U') || c == 'O' && prev == 'O') {
                continue;
            }
            if (c == 'H' && prev == 'O' && (i + 1 == plain.length() || "AEIOUY".indexOf(plain.charAt(i + 1)) < 0)) {
                continue; // SATOH, OHNO; but OHARA keeps its H
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** The Latin key with the last word first ("Taro Sato" → "SATO TARO"), or null for a name of one word or none. */
    public static String reversedLatinKey(String latin) {
        String key = latinKey(latin);
        int last = key.lastIndexOf(' ');
        return last < 0 ? null : key.substring(last + 1) + " " + key.substring(0, last);
    }

    /** A person's search keys, cut to their columns: reading, Latin name, Latin name last word first (null if none). */
    public record Keys(String kana, String latin, String latinReversed) {
    }

    /** The one place a person's search keys are made from the names: by the entity on every write, and by V81. */
    public static Keys keys(String familyKana, String givenKana, String latinName) {
        String latin = latinKey(latinName);
        String reversed = reversedLatinKey(latinName);
        return new Keys(cut(kanaKey(familyKana, givenKana), KANA_KEY_LENGTH),
                latin.isEmpty() ? null : cut(latin, LATIN_KEY_LENGTH), reversed == null ? null : cut(reversed, LATIN_KEY_LENGTH));
    }

    private static String cut(String key, int length) {
        return key.length() <= length ? key : key.substring(0, length);
    }

    /** The search a text makes, or none for a blank text. */
    public static Optional<Criterion> criterion(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Column column = columnFor(text);
        String key = switch (column) {
            case KANA -> kanaKey(text);
            case LATIN -> latinKey(text);
            case WRITTEN -> text.strip();
        };
        if (key.isEmpty()) { // e.g. only an apostrophe: matched as written, which finds nobody
            column = Column.WRITTEN;
            key = text.strip();
        }
        return Optional.of(new Criterion(column, key));
    }

    /**
     * A name search: the column and the normalized key. {@link #jpql} is its condition on a person path (e.g.
     * {@code p} or {@code e.person}), with parameters {@code :nameLike}, {@code :nameLo} and {@code :nameHi}
     * ({@link #parameters}, {@link #bind}).
     */
    public record Criterion(Column column, String key) {
        public String jpql(String person) {
            return switch (column) {
                case KANA -> range(person + ".nameKanaKey");
                case LATIN -> "(" + range(person + ".nameLatinKey") + " or " + range(person + ".nameLatinReversedKey") + ")";
                case WRITTEN -> range(person + ".familyName");
            };
        }

        private static String range(String field) {
            // The range (same prefix, next code point) lets the sorted index seek straight to the matches; LIKE keeps
            // the match exact.
            return "(" + field + " like :nameLike and " + field + " >= :nameLo and " + field + " < :nameHi)";
        }

        public Map<String, Object> parameters() {
            return Map.of("nameLike", prefixPattern(key), "nameLo", key, "nameHi", upperBound(key));
        }

        public <Q extends Query> Q bind(Q query) {
            parameters().forEach(query::setParameter);
            return query;
        }
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
    public static String prefixPattern(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
