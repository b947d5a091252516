package jp.clearance.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The generic parts of the application's PDFs (PDFBox): the Japanese font (IPAex Gothic, IPA Font License, see
 * {@code /jp/clearance/vetting/control/fonts/IPAexfont-COPYRIGHT.txt}), which travels inside the application
 * gzip-compressed and is embedded as a subset of the glyphs used; wrapping text at the page width; and saving a
 * document so that its text is extracted (copied, searched) as written.
 */
public final class PdfText {
    private static final String FONT = "/jp/clearance/vetting/control/fonts/ipaexg.ttf.gz";
    private static volatile byte[] fontBytes;

    private PdfText() {
    }

    /** The Japanese font, loaded into {@code doc} to embed only the glyphs used. */
    public static PDType0Font font(PDDocument doc) throws IOException {
        try (InputStream in = new ByteArrayInputStream(fontBytes())) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /**
     * The lines of {@code text} at {@code size} points no wider than {@code width} points: one or more per paragraph
     * (line breaks are kept, carriage returns dropped, tabs made spaces), broken only where {@link LineBreaks} allows
     * (not inside a Latin word, kinsoku for Japanese); a character the font cannot draw becomes "?".
     */
    public static List<String> wrap(PDType0Font font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text.replace("\r", "").replace("\t", " ")).split("\n", -1)) {
            StringBuilder drawable = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                try {
                    font.getStringWidth(ch);
                } catch (IllegalArgumentException noGlyph) {
                    ch = "?";
                }
                drawable.append(ch);
                i += Character.charCount(cp);
            }
            lines.addAll(LineBreaks.fill(drawable.toString(), width, line -> {
                try {
                    return font.getStringWidth(line) / 1000 * size;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return lines;
    }

    /**
     * The document saved, with its text mapping corrected for the code points {@code used} with {@code font} (every
     * code point of the texts shown). Where the font draws several code points with one glyph (止 and the Kangxi
     * radical ⽌, a dash and a combining stroke), PDFBox's text mapping (ToUnicode) names the lowest code point, so the
     * text would be copied and searched as radicals; every such code point is mapped to the one actually used.
     */
    public static byte[] save(PDDocument doc, PDType0Font font, Set<Integer> used) throws IOException {
        Map<Integer, Integer> preferred = preferred(font, used);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return preferred.isEmpty() ? out.toByteArray() : withToUnicode(out.toByteArray(), preferred);
        }
    }

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

    private static byte[] fontBytes() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = PdfText.class.getResourceAsStream(FONT)) {
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
