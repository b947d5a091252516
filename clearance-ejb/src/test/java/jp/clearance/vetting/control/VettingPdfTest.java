package jp.clearance.vetting.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.clearance.platform.pdf.LineBreaksTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class VettingPdfTest {

    @Test
    void japaneseTextIsWrittenWithTheEmbeddedFontAndCanBeExtracted() throws Exception {
        byte[] pdf = VettingPdf.render("不同意書", List.of(VettingPdf.Block.title("不同意書"),
                VettingPdf.Block.text("私は、適性評価の実施に同意しません。".repeat(8)),
                VettingPdf.Block.signature("氏名: 中村 翔　署名")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("不同意書"), text);
            assertTrue(text.contains("適性評価の実施に同意しません。"), text);
            assertTrue(text.contains("中村翔"), text);
        }
    }

    @Test
    void kanjiTheFontSharesWithRadicalsAreExtractedAsWritten() throws Exception {
        String written = "取扱いの停止と歯止め";
        byte[] pdf = VettingPdf.render("通知", List.of(VettingPdf.Block.title("通知"), VettingPdf.Block.text(written)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(written), text);
            assertFalse(text.contains("\u2F4C"), "止, not the Kangxi radical ⽌");
        }
    }

    @Test
    void certificateLinesBreakBetweenWordsAndNeverBeforeClosingPunctuation() throws Exception {
        String level = "重要経済安保情報の取扱いの業務に係る最上位の区分（Clearance for important economic security information,"
                + " highest level）";
        String organ = "内閣府経済安全保障推進室重要経済安保情報保護活用法施行準備担当（Cabinet Office, Office of Economic Security"
                + " Promotion, Preparatory Office for the Enforcement of the Act）";
        byte[] pdf = VettingPdf.certificate("中村 翔（NAKAMURA Sho）", "株式会社クリアランス・テクノロジーズ・ジャパン（Clearance"
                + " Technologies Japan Corporation）", level, organ, LocalDate.of(2026, 12, 3), LocalDate.of(2036, 12, 2),
                "有効 (VALID)", 1234567);
        assertLaidOut(pdf, level + " " + organ + " Certificate of eligibility (security clearance) 中村 翔（NAKAMURA Sho）"
                + " 株式会社クリアランス・テクノロジーズ・ジャパン（Clearance Technologies Japan Corporation） VALID Name Employer"
                + " Level Organ Notified on Valid until Status No 2026 12 03 2036 02 1234567 令和8年12月3日 令和18年12月2日 この証明書は最新の状態はClearanceで確認すること");
    }

    @Test
    void letterLinesBreakBetweenWordsAndNeverBeforeClosingPunctuation() throws Exception {
        String english = "Letter of non-consent (English): I do not consent to, or withdraw my consent to, the eligibility"
                + " evaluation. I was told that I must not be treated unfavourably for this. Date: 2026-12-03";
        String japanese = "私は、重要経済安保情報の取扱いの業務に係る区分（経済産業省の所管する重要経済基盤に関する情報の取扱い）に係る"
                + "適性評価の実施についての同意を撤回します。";
        byte[] pdf = VettingPdf.render("不同意書", List.of(VettingPdf.Block.title("不同意書"),
                VettingPdf.Block.text("経済産業省の長　殿"), VettingPdf.Block.text(japanese), VettingPdf.Block.text(english)));
        assertLaidOut(pdf, english + japanese);
    }

    private static void assertLaidOut(byte[] pdf, String written) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = Arrays.stream(new PDFTextStripper().getText(doc).split("\\R"))
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertTrue(lines.size() > 3, lines.toString());
            LineBreaksTest.assertKinsoku(lines);
            LineBreaksTest.assertWordsWhole(written, lines);
        }
    }
}
