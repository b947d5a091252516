package jp.clearance.platform.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a line of the application's PDFs may break, in Japanese and in English, and the greedy fill of a paragraph
 * that uses it (one routine for every PDF, through {@link PdfText#wrap}):
 * <ul>
 * <li>never inside a Latin word or number ("Clearance", "2026-12-03", "(SECRET)"): Latin text breaks only at spaces;</li>
 * <li>between two Japanese characters, and between Japanese and Latin text;</li>
 * <li>kinsoku (禁則処理): never before closing punctuation, small kana and the prolonged sound mark
 * (、。，．）」』】〕！？ー っ ...: no line starts with them), never after an opening bracket (（「『【〔 ...: no line
 * ends with one).</li>
 * </ul>
 * Spaces at a break are dropped. A single unbreakable piece wider than the line (a very long word) is the only text
 * broken between characters, and even then closing punctuation hangs at the end of the line rather than starting the
 * next one.
 */
public final class LineBreaks {
    /** May not start a line (行頭禁則). */
    static final String CLOSING = "、。，．,.・：；:;？！?!‼⁇⁈⁉)）]］}｝〕〉》」』】〙〗〟’”»›%％"
            + "ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ゠–〜～…‥";
    /** May not end a line (行末禁則). */
    static final String OPENING = "(（[［{｛〔〈《「『【〘〖〝‘“«‹";

    private LineBreaks() {
    }

    /** Whether a line may break between {@code before} and {@code after} (code points). */
    public static boolean mayBreak(int before, int after) {
        if (Character.isWhitespace(after)) {
            return false;
        }
        if (CLOSING.indexOf(after) >= 0 || OPENING.indexOf(before) >= 0) {
            return false;
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        return isJapanese(before) || isJapanese(after);
    }

    /** Whether {@code cp} is set as Japanese (ideographs, kana, full-width forms and Japanese punctuation). */
    public static boolean isJapanese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
    }

    /**
     * The pieces of {@code paragraph} between which a line may break, in order; each keeps the spaces that follow it,
     * so the pieces joined give the paragraph back.
     */
    public static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int before = -1;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            if (before >= 0 && mayBreak(before, cp)) {
                pieces.add(paragraph.substring(start, i));
                start = i;
            }
            before = cp;
            i += Character.charCount(cp);
        }
        if (start < paragraph.length() || pieces.isEmpty()) {
            pieces.add(paragraph.substring(start));
        }
        return pieces;
    }

    /**
     * One paragraph (no line breaks in it) filled into lines no wider than {@code width} as {@code measure} measures a
     * text, breaking only where {@link #mayBreak} allows (except inside a piece wider than a whole line).
     */
    public static List<String> fill(String paragraph, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(paragraph)) {
            String candidate = line + piece;
            if (line.length() == 0 || measure.applyAsDouble(stripEnd(candidate)) <= width) {
                line.append(piece);
            } else {
                lines.add(stripEnd(line.toString()));
                line.setLength(0);
                line.append(piece);
            }
            if (measure.applyAsDouble(stripEnd(line.toString())) > width) {
                line = split(line.toString(), width, measure, lines);
            }
        }
        lines.add(stripEnd(line.toString()));
        return lines;
    }

    /** A piece too wide for any line broken between characters; the last, partial line is returned to go on with. */
    private static StringBuilder split(String text, double width, ToDoubleFunction<String> measure, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            boolean hangs = CLOSING.indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || (line.length() > 0 && OPENING.indexOf(line.codePointBefore(line.length())) >= 0);
            if (line.length() > 0 && !hangs && measure.applyAsDouble(line + ch) > width) {
                lines.add(stripEnd(line.toString()));
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        return line;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }
}
