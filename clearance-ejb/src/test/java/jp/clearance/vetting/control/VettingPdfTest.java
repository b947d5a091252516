package jp.clearance.vetting.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
