package jp.clearance.incident.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import jp.clearance.incident.boundary.ChargeRow;
import jp.clearance.incident.boundary.DesignationLine;
import jp.clearance.incident.boundary.PartyRow;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.incident.entity.JudgmentOutcome;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The incident report (A4 PDF) in the reader's language: header, designations, parties, charges with their statutory
 * maxima and the sentences imposed, and the timeline. Texts come from the portal's bundles through {@link Texts}; the
 * Japanese font is the one the vetting PDFs embed (IPAex Gothic, only the glyphs used).
 */
public final class IncidentPdf {
    private static final String FONT = "/jp/clearance/vetting/control/fonts/ipaexg.ttf.gz";
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static volatile byte[] fontBytes;

    /** The texts of the report in the reader's language (keys of the portal's bundles). */
    public interface Texts {
        Locale locale();

        String text(String key, Object... args);

        /** A name in the reader's language. */
        default String name(String ja, String en) {
            return "en".equals(locale().getLanguage()) && en != null && !en.isBlank() ? en : ja;
        }

        /** A prison term as years and months (the bundle's "none" mark when there is none). */
        default String term(Integer months) {
            if (months == null) {
                return text("incident.none");
            }
            int y = months / 12;
            int m = months % 12;
            return y == 0 ? text("incident.months", m) : m == 0 ? text("incident.years", y)
                    : text("incident.yearsMonths", y, m);
        }

        /** An amount in yen. */
        default String yen(Long amount) {
            return amount == null ? text("incident.none") : text("incident.yen", amount);
        }

        /**
         * A timeline note in the reader's language. Notes are stored as written (officers' comments, file names, task
         * titles) with the codes of what changed; the codes are shown with their names: a status change of the
         * incident ({@code FROM -> TO[: reason]}) or of a charge ({@code status: FROM -> TO}), the role of a party, the
         * channel of a new incident. Anything else is shown as stored.
         */
        default String note(IncidentEvent e) {
            String note = e.getNote() == null ? "" : e.getNote();
            switch (e.getKind()) {
                case TRANSITION -> {
                    Matcher m = TRANSITION_NOTE.matcher(note);
                    if (m.matches() && isIncidentStatus(m.group(1)) && isIncidentStatus(m.group(2))) {
                        return text("incident.transitionNote", text("incident.status." + m.group(1)),
                                text("incident.status." + m.group(2))) + (m.group(3) == null ? "" : ": " + m.group(3));
                    }
                    return note;
                }
                case CHARGE_STEP -> {
                    return replace(CHARGE_STATUS_NOTE, note, m -> text("incident.transitionNote",
                            text("charge.status." + m.group(1)), text("charge.status." + m.group(2))));
                }
                case PARTY_ADDED -> {
                    return replace(ROLE_NOTE, note, m -> "(" + text("incident.role." + m.group(1)) + ")");
                }
                case REPORTED -> {
                    return replace(CHANNEL_NOTE, note, m -> text("incident.channel") + ": "
                            + text("incident.channel." + m.group(1)));
                }
                default -> {
                    return note;
                }
            }
        }
    }

    private static final Pattern TRANSITION_NOTE = Pattern.compile("([A-Z_]+) -> ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern CHARGE_STATUS_NOTE = Pattern.compile("status: ([A-Z_]+) -> ([A-Z_]+)");
    private static final Pattern ROLE_NOTE = Pattern.compile("\\((HANDLER|RECIPIENT|OUTSIDER|ORGAN|ENTITY)\\)");
    private static final Pattern CHANNEL_NOTE = Pattern.compile("channel=([A-Z_]+)");

    private static boolean isIncidentStatus(String name) {
        for (IncidentStatus s : IncidentStatus.values()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Pattern pattern, String note, Function<Matcher, String> label) {
        Matcher m = pattern.matcher(note);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(label.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    record Line(float size, boolean centred, float gapAfter, String text) {
    }

    private IncidentPdf() {
    }

    /** The report of one incident with its lists, in the language of {@code t}. */
    public static byte[] render(Incident i, List<DesignationLine> designations, List<PartyRow> parties,
                                List<ChargeRow> charges, List<IncidentEvent> timeline, LocalDateTime generatedAt,
                                String generatedBy, Texts t) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(18, true, 4, t.text("incident_report.title")));
        lines.add(new Line(11, true, 4, t.text("incident_report.number", String.valueOf(i.getId()))));
        lines.add(new Line(9, true, 14, t.text("incident_report.generated", generatedAt.format(MINUTES), generatedBy)));

        heading(lines, t.text("incident_report.header"));
        field(lines, t.text("incident.title"), i.getTitle());
        field(lines, t.text("common.status"), t.text("incident.status." + i.getStatus()));
        field(lines, t.text("incident.organ"), t.name(i.getOrgan().getNameJa(), i.getOrgan().getNameEn()));
        field(lines, t.text("incident.occurredOn"), String.valueOf(i.getOccurredOn()));
        field(lines, t.text("incident.discoveredOn"), String.valueOf(i.getDiscoveredOn()));
        field(lines, t.text("incident.discoveryMethod"), i.getDiscoveryMethod());
        field(lines, t.text("incident.description"), i.getDescription());
        field(lines, t.text("incident.channel"), t.text("incident.channel." + i.getChannel()));
        field(lines, t.text("incident.containment"), i.getContainment());
        if (i.getReevaluationRequestedOn() != null) {
            field(lines, t.text("incident.reevaluationRequestedOn"), String.valueOf(i.getReevaluationRequestedOn()));
        }
        if (i.getStatus() == IncidentStatus.CLOSED) {
            field(lines, t.text("incident.outcome"), t.text("incident.outcome." + i.getOutcome())
                    + (i.getCloseReason() == null ? "" : " " + i.getCloseReason()));
        }

        heading(lines, t.text("incident_incident.designations"));
        designations.forEach(d -> text(lines, "・" + d.organCode() + " " + d.referenceNumber() + " " + d.title() + " ("
                + d.levelCode() + ", " + t.text("reference.act." + d.act()) + ")"));
        none(lines, designations, t);

        heading(lines, t.text("incident_incident.parties"));
        parties.forEach(p -> text(lines, "・" + t.name(p.name(), p.nameEn()) + " — " + t.text("incident.role." + p.role()) + " — "
                + t.name(p.affiliationJa(), p.affiliationEn())
                + (p.clearanceSuspendedOn() == null ? "" : " — " + t.text("incident_incident.suspendedOn") + " "
                + p.clearanceSuspendedOn())));
        none(lines, parties, t);

        heading(lines, t.text("incident_incident.charges"));
        for (ChargeRow c : charges) {
            text(lines, "・" + t.name(c.partyName(), c.partyNameEn()) + (c.corporate() ? " (" + t.text("charge.company") + ")" : "")
                    + " — " + t.text("reference.act." + c.act()) + " " + c.article() + " — "
                    + t.text("charge.offence." + c.offence()) + (c.penaltyConfirmed() ? "" : " " + t.text("charge.unconfirmed")));
            text(lines, "    " + t.text("charge.maximum") + ": " + (c.corporate()
                    ? t.text("charge.corporateFine") + " " + t.yen(c.corporateFineYen())
                    : t.text("charge.maxPrison") + " " + t.term(c.maxPrisonMonths()) + " / " + t.text("charge.maxFine")
                    + " " + t.yen(c.maxFineYen()) + (c.fineCumulative() ? " " + t.text("charge.orBoth") : "")));
            text(lines, "    " + t.text("common.status") + ": " + t.text("charge.status." + c.status())
                    + (c.referredOn() == null ? "" : " — " + t.text("charge.status.REFERRED") + " " + c.referredOn())
                    + (c.decisionOn() == null ? "" : " — " + t.text("incident_report.decisionOn") + " " + c.decisionOn()));
            if (c.judgmentOutcome() != null) {
                String sentence = c.judgmentOutcome() == JudgmentOutcome.CONVICTED
                        ? t.text("charge.sentence") + ": " + t.term(c.prisonMonths())
                        + (c.suspended() ? " (" + t.text("charge.suspendedShort") + " " + t.term(c.suspensionMonths()) + ")" : "")
                        + " / " + t.yen(c.fineYen())
                        + (c.finePaidYen() == null ? "" : " — " + t.text("charge.finePaid") + " " + t.yen(c.finePaidYen()))
                        : t.text("charge.outcome." + c.judgmentOutcome());
                text(lines, "    " + t.text("charge.judgmentOn") + " " + c.judgmentOn() + " " + (c.court() == null ? "" : c.court())
                        + " — " + sentence);
            }
            if (c.appealedOn() != null) {
                text(lines, "    " + t.text("charge.status.APPEALED") + " " + c.appealedOn());
            }
            if (c.finalOn() != null) {
                text(lines, "    " + t.text("charge.status.FINAL") + " " + c.finalOn());
            }
        }
        none(lines, charges, t);

        heading(lines, t.text("incident_incident.timeline"));
        for (IncidentEvent e : timeline) {
            String note = t.note(e);
            text(lines, e.getOccurredAt().format(MINUTES) + "  " + e.getActor() + "  "
                    + t.text("incident.event." + e.getKind()) + (note.isEmpty() ? "" : ": " + note));
        }
        none(lines, timeline, t);
        return layout(t.text("incident_report.title") + " " + i.getId(), lines);
    }

    private static void heading(List<Line> lines, String text) {
        lines.add(new Line(13, false, 4, text));
    }

    private static void field(List<Line> lines, String label, String value) {
        text(lines, label + ": " + (value == null ? "" : value));
    }

    private static void text(List<Line> lines, String text) {
        lines.add(new Line(10, false, 2, text));
    }

    private static void none(List<Line> lines, List<?> list, Texts t) {
        if (list.isEmpty()) {
            text(lines, t.text("common.noRecords"));
        }
    }

    static byte[] layout(String documentTitle, List<Line> lines) {
        Set<Integer> used = new TreeSet<>();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(documentTitle);
            PDType0Font font;
            try (InputStream in = new ByteArrayInputStream(font())) {
                font = PDType0Font.load(doc, in, true);
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Line l : lines) {
                if (l.size() == 13) {
                    y -= 8;
                }
                for (String part : wrap(font, l.size(), l.text())) {
                    if (y - l.size() * 1.5f < MARGIN) {
                        cs.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    y -= l.size() * 1.5f;
                    float x = l.centred() ? MARGIN + (WIDTH - font.getStringWidth(part) / 1000 * l.size()) / 2 : MARGIN;
                    cs.beginText();
                    cs.setFont(font, l.size());
                    cs.newLineAtOffset(x, y);
                    cs.showText(part);
                    cs.endText();
                    part.codePoints().forEach(used::add);
                }
                y -= l.gapAfter();
            }
            cs.close();
            Map<Integer, Integer> preferred = preferred(font, used);
            doc.save(out);
            return preferred.isEmpty() ? out.toByteArray() : withToUnicode(out.toByteArray(), preferred);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the font draws several code points with one glyph (止 and the Kangxi radical ⽌, a dash and a combining
     * stroke), PDFBox's text mapping (ToUnicode) names the lowest code point, so the report's text would be copied and
     * searched as radicals. This maps every such code point to the one the report actually used.
     */
    private static Map<Integer, Integer> preferred(PDType0Font font, Set<Integer> used) throws IOException {
        CmapLookup cmap = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
        Map<Integer, Integer> preferred = new HashMap<>();
        for (int u : used) {
            int gid = cmap.getGlyphId(u);
            List<Integer> codes = gid == 0 ? null : cmap.getCharCodes(gid);
            if (codes != null && codes.size() > 1) {
                codes.stream().filter(v -> v != u && !used.contains(v)).forEach(v -> preferred.put(v, u));
            }
        }
        return preferred;
    }

    /** Rewrites the ToUnicode maps of the document's fonts with the preferred code points (as single mappings). */
    private static byte[] withToUnicode(byte[] pdf, Map<Integer, Integer> preferred) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Set<COSStream> done = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    COSBase toUnicode = resources.getFont(name).getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                    if (toUnicode instanceof COSStream stream && done.add(stream)) {
                        rewrite(stream, preferred);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static final Pattern BF_BLOCK = Pattern.compile("beginbf(char|range)(.*?)endbf\\1", Pattern.DOTALL);
    private static final Pattern BF_CHAR = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");
    private static final Pattern BF_RANGE = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");

    private static void rewrite(COSStream stream, Map<Integer, Integer> preferred) throws IOException {
        String cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Matcher block = BF_BLOCK.matcher(cmap);
        Map<Integer, String> codes = new TreeMap<>();
        int width = 4;
        int first = -1;
        int last = -1;
        while (block.find()) {
            if (first < 0) {
                first = cmap.lastIndexOf('\n', block.start()) + 1;
            }
            last = block.end();
            boolean range = block.group(1).equals("range");
            Matcher m = (range ? BF_RANGE : BF_CHAR).matcher(block.group(2));
            while (m.find()) {
                width = m.group(1).length();
                int from = Integer.parseInt(m.group(1), 16);
                int to = range ? Integer.parseInt(m.group(2), 16) : from;
                String start = utf16(range ? m.group(3) : m.group(2));
                for (int code = from; code <= to; code++) {
                    String text = range ? new String(Character.toChars(start.codePointAt(0) + code - from)) : start;
                    if (text.codePointCount(0, text.length()) == 1) {
                        text = new String(Character.toChars(preferred.getOrDefault(text.codePointAt(0), text.codePointAt(0))));
                    }
                    codes.put(code, text);
                }
            }
        }
        if (first < 0) {
            return;
        }
        StringBuilder body = new StringBuilder();
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(codes.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> chunk = entries.subList(i, Math.min(entries.size(), i + 100));
            body.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : chunk) {
                body.append('<').append(String.format("%0" + width + "X", e.getKey())).append("> <")
                        .append(HexFormat.of().withUpperCase().formatHex(e.getValue().getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n");
            }
            body.append("endbfchar\n");
        }
        String rewritten = cmap.substring(0, first) + body + cmap.substring(last).replaceFirst("^\\s*\\n", "");
        try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(rewritten.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static String utf16(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_16BE);
    }

    private static List<String> wrap(PDType0Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text.replace("\r", "").replace("\t", " ")).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                try {
                    font.getStringWidth(ch);
                } catch (IllegalArgumentException noGlyph) {
                    ch = "?";
                }
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
            try (InputStream in = IncidentPdf.class.getResourceAsStream(FONT)) {
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
