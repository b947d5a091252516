package jp.clearance.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

public class LineBreaksTest {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9]+");

    @Test
    void latinTextBreaksOnlyBetweenWords() {
        String text = "Certificate of eligibility (security clearance) issued by the Clearance system of the Cabinet Office";
        for (int width = 12; width <= 60; width++) {
            List<String> lines = LineBreaks.fill(text, width, String::length);
            assertEquals(text, String.join(" ", lines), "width " + width);
            for (String line : lines) {
                assertTrue(line.length() <= width, line);
                assertFalse(line.startsWith(" ") || line.endsWith(" "), line);
            }
            assertWordsWhole(text, lines);
        }
    }

    @Test
    void japaneseLinesObeyKinsoku() {
        String text = "私は、特定秘密（「重要経済安保情報」を含む。）の取扱いの業務を行うことについて、『適性評価』を受けることに同意します。"
                + "【注意】〔別紙〕を確認すること！よろしいですか？ちょっと待ってください。";
        for (int width = 2; width <= 40; width++) {
            List<String> lines = LineBreaks.fill(text, width, String::length);
            assertEquals(text, String.join("", lines), "width " + width);
            assertKinsoku(lines);
        }
    }

    @Test
    void theCertificatesLevelLineKeepsClearanceAndItsBracketTogether() throws Exception {
        String text = "区分 / Level: 重要経済基盤保護情報（Clearance for critical economic security information, top level）";
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PdfText.font(doc);
            for (float width = 120; width <= 480; width += 7) {
                List<String> lines = PdfText.wrap(font, 11, width, text);
                for (String line : lines) {
                    assertTrue(font.getStringWidth(line) / 1000 * 11 <= width + 11, line + " at " + width);
                }
                assertKinsoku(lines);
                assertWordsWhole(text, lines);
                assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
            }
        }
    }

    @Test
    void mixedTextBreaksBetweenJapaneseAndLatinButNeverBeforeClosingPunctuation() {
        List<String> pieces = LineBreaks.pieces("最新の状態はClearanceで確認すること。");
        assertEquals(List.of("最", "新", "の", "状", "態", "は", "Clearance", "で", "確", "認", "す", "る", "こ", "と。"), pieces);
        assertEquals(List.of("（Top ", "Secret）"), LineBreaks.pieces("（Top Secret）"));
        assertEquals(List.of("2026-12-03"), LineBreaks.pieces("2026-12-03"));
    }

    @Test
    void aWordLongerThanTheLineIsTheOnlyTextBrokenInside() {
        List<String> lines = LineBreaks.fill("a Supercalifragilisticexpialidocious word", 10, String::length);
        assertEquals(List.of("a", "Supercalif", "ragilistic", "expialidoc", "ious word"), lines);
        List<String> cjk = LineBreaks.fill("あいうえお。", 5, String::length);
        assertEquals(List.of("あいうえ", "お。"), cjk);
    }

    public static void assertKinsoku(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (i > 0) {
                assertFalse(LineBreaks.CLOSING.indexOf(line.codePointAt(0)) >= 0,
                        "line starts with closing punctuation: " + line + " in " + lines);
            }
            if (i < lines.size() - 1) {
                assertFalse(LineBreaks.OPENING.indexOf(line.codePointBefore(line.length())) >= 0,
                        "line ends with an opening bracket: " + line + " in " + lines);
            }
        }
    }

    public static void assertWordsWhole(String text, List<String> lines) {
        Set<String> words = words(text);
        for (String line : lines) {
            for (String w : words(line)) {
                assertTrue(words.contains(w), "word split: " + w + " in " + lines);
            }
        }
    }

    public static Set<String> words(String text) {
        Matcher m = LATIN_WORD.matcher(text);
        return m.results().map(r -> r.group()).collect(Collectors.toSet());
    }
}
