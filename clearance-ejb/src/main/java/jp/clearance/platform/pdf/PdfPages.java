package jp.clearance.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 document in the Japanese font written from the top down, line by line: a line that would fall below the
 * bottom margin starts a new page. The documents' own classes decide what to write (sizes, centring, gaps); this one
 * keeps the pages, the position and the code points used, and saves the document through {@link PdfText#save} so its
 * text is extracted as written.
 */
public final class PdfPages {
    /** What a document writes on its pages. */
    @FunctionalInterface
    public interface Content {
        void write(PdfPages pages) throws IOException;
    }

    private final PDDocument doc;
    private final PDType0Font font;
    private final float margin;
    private final float width;
    private final Set<Integer> used = new TreeSet<>();
    private PDPageContentStream cs;
    private float y;

    private PdfPages(PDDocument doc, PDType0Font font, float margin) {
        this.doc = doc;
        this.font = font;
        this.margin = margin;
        this.width = PDRectangle.A4.getWidth() - 2 * margin;
    }

    /** The document titled {@code documentTitle} with {@code margin} points on every side, as {@code content} writes it. */
    public static byte[] render(String documentTitle, float margin, Content content) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(documentTitle);
            PdfPages pages = new PdfPages(doc, PdfText.font(doc), margin);
            pages.newPage();
            content.write(pages);
            pages.cs.close();
            return PdfText.save(doc, pages.font, pages.used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} wrapped at the width between the margins ({@link PdfText#wrap}), each line written. */
    public void paragraph(String text, float size, boolean centred) throws IOException {
        for (String line : PdfText.wrap(font, size, width, text)) {
            line(line, size, centred);
        }
    }

    /**
     * One line, as it is (not wrapped), {@code size} points high plus half of that as leading, at the left margin or
     * centred between the margins; on a new page when it would fall below the bottom margin.
     */
    public void line(String text, float size, boolean centred) throws IOException {
        float height = size * 1.5f;
        if (y - height < margin) {
            cs.close();
            newPage();
        }
        y -= height;
        float x = centred ? margin + (width - font.getStringWidth(text) / 1000 * size) / 2 : margin;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
        text.codePoints().forEach(used::add);
    }

    /** Moves down {@code points} (the space between blocks); the next line starts a new page if it has to. */
    public void skip(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - margin;
    }
}
