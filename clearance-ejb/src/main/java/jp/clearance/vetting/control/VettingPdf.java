package jp.clearance.vetting.control;

import java.time.LocalDate;
import java.util.List;
import jp.clearance.platform.pdf.PdfPages;
import jp.clearance.platform.pdf.PdfText;
import jp.clearance.platform.time.Dates;

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

    /**
     * The certificate of an eligibility (適性評価結果証明書), bilingual: the holder's name, employer, level and deciding
     * organ as they are to be shown, the days, the status as shown and the certificate's number.
     */
    public static byte[] certificate(String name, String employer, String level, String organ, LocalDate notifiedOn,
            LocalDate validUntil, String status, long number) {
        return render("適性評価結果証明書", List.of(
                Block.title("適性評価結果証明書"),
                Block.text("Certificate of eligibility (security clearance)"),
                Block.text("氏名 / Name: " + name),
                Block.text("所属 / Employer: " + employer),
                Block.text("区分 / Level: " + level),
                Block.text("評価実施機関 / Organ: " + organ),
                Block.text("通知日 / Notified on: " + Dates.bilingual(notifiedOn)),
                Block.text("有効期限 / Valid until: " + Dates.bilingual(validUntil)),
                Block.text("状態 / Status: " + status + "　証明書番号 / No.: " + number),
                Block.text("この証明書は、上記の者について適性評価の結果、特定の情報を漏らすおそれがないと認められたことを証する。"
                        + "有効期間内であっても、停止又は取消しにより効力を失う。最新の状態はClearanceで確認すること。")));
    }
}
