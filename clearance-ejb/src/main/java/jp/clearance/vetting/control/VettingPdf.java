package jp.clearance.vetting.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the vetting module's PDFs (A4, Japanese): the letter of non-consent (不同意書) and the certificate of an
 * eligibility. The Japanese font (IPAex Gothic, IPA Font License, see {@code fonts/IPAexfont-COPYRIGHT.txt}) travels
 * inside the application, gzip-compressed; only the glyphs used are embedded in each PDF.
 */
public final class VettingPdf {
    private static final String FONT = "fonts/ipaexg.ttf.gz";
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static volatile byte[] fontBytes;

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
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(documentTitle);
            PDType0Font font;
            try (InputStream in = new java.io.ByteArrayInputStream(font())) {
                font = PDType0Font.load(doc, in, true);
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Block b : blocks) {
                float size = b.kind() == Block.Kind.TITLE ? 18 : 11;
                List<String> lines = b.kind() == Block.Kind.SIGNATURE
                        ? List.of(b.text() + "  ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿") : wrap(font, size, b.text());
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
                }
                y -= gap;
            }
            cs.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(PDType0Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && font.getStringWidth(line + ch) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = VettingPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("Font missing from the application: " + FONT);
                }
                bytes = new GZIPInputStream(in).readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
