package jp.clearance.vetting.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.clearance.platform.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the vetting module's PDFs (A4, Japanese): the letter of non-consent (不同意書) and the certificate of an
 * eligibility. The Japanese font (IPAex Gothic, IPA Font License, see {@code fonts/IPAexfont-COPYRIGHT.txt}) travels
 * inside the application, gzip-compressed; only the glyphs used are embedded in each PDF (see {@link PdfText}).
 */
public final class VettingPdf {
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /** A block of the document: a title, a line of text, or an empty line for a signature. */
    public record Block(Kind kind, String text) {
        public enum Kind { TITLE, TEXT, SIGNATURE }

        public static Block title(String text) { return new Block(Kind.TITLE, text); }
        public static Block text(String text) { return new Block(Kind.TEXT, text); }
        public static Block signature(String label) { return new Block(Kind.SIGNATURE, label); }
    }

    private VettingPdf() {
    }

    /** A one- or multi-page A4 document with the blocks in order; lines wrap at the page width. */
    public static byte[] render(String documentTitle, List<Block> blocks) {
        Set<Integer> used = new TreeSet<>();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(documentTitle);
            PDType0Font font = PdfText.font(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Block b : blocks) {
                float size = b.kind() == Block.Kind.TITLE ? 18 : 11;
                List<String> lines = b.kind() == Block.Kind.SIGNATURE
                        ? List.of(b.text() + "  ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿") : PdfText.wrap(font, size, WIDTH, b.text());
                float gap = b.kind() == Block.Kind.TEXT ? 6 : 18;
                for (String line : lines) {
                    if (y - size < MARGIN) {
                        cs.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    y -= size * 1.5f;
                    float x = MARGIN;
                    if (b.kind() == Block.Kind.TITLE) {
                        x = MARGIN + (WIDTH - font.getStringWidth(line) / 1000 * size) / 2;
                    }
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(x, y);
                    cs.showText(line);
                    cs.endText();
                    line.codePoints().forEach(used::add);
                }
                y -= gap;
            }
            cs.close();
            return PdfText.save(doc, font, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
