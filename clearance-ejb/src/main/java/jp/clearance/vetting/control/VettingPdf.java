package jp.clearance.vetting.control;

import java.util.List;
import jp.clearance.platform.pdf.PdfPages;
import jp.clearance.platform.pdf.PdfText;

/**
 * Writes the vetting module's PDFs (A4, Japanese): the letter of non-consent (不同意書) and the certificate of an
 * eligibility. The Japanese font (IPAex Gothic, IPA Font License, see {@code fonts/IPAexfont-COPYRIGHT.txt}) travels
 * inside the application, gzip-compressed; only the glyphs used are embedded in each PDF (see {@link PdfText}).
 */
public final class VettingPdf {
    private static final float MARGIN = 60;

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
        return PdfPages.render(documentTitle, MARGIN, pages -> {
            for (Block b : blocks) {
                float size = b.kind() == Block.Kind.TITLE ? 18 : 11;
                if (b.kind() == Block.Kind.SIGNATURE) {
                    pages.line(b.text() + "  ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", size, false);
                } else {
                    pages.paragraph(b.text(), size, b.kind() == Block.Kind.TITLE);
                }
                pages.skip(b.kind() == Block.Kind.TEXT ? 6 : 18);
            }
        });
    }
}
