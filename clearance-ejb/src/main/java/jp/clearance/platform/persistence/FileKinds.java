package jp.clearance.platform.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import jp.clearance.platform.UnsupportedFileException;

/**
 * The kinds of file the system keeps as evidence and with complaints, and the type each is stored and served with.
 * The type is read from the content (its first bytes), never taken from the uploader: a page or a script declared as
 * a PDF is refused, and a download's type is always one of these. Allowed: PDF; PNG, JPEG, GIF images; plain text
 * and CSV (UTF-8, no control characters but tab and line ends); Office documents (Word, Excel, PowerPoint; the
 * current formats by their ZIP container and name, the 97–2003 formats by their OLE container and name).
 * Everything else (executables, HTML, SVG, archives, ...) is refused with {@code file.typeNotAllowed}.
 */
public final class FileKinds {
    /** The message key of the refusal; its one argument lists the kinds allowed. */
    public static final String NOT_ALLOWED = "file.typeNotAllowed";
    public static final String ALLOWED = "PDF, PNG, JPEG, GIF, TXT, CSV, DOCX, XLSX, PPTX, DOC, XLS, PPT";

    private static final Map<String, String> OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OFFICE_97 = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");

    private FileKinds() {
    }

    /**
     * The type to store for this content under this (cleaned) name.
     *
     * @throws UnsupportedFileException when the content is none of the allowed kinds
     */
    public static String typeOf(String fileName, byte[] content) {
        String extension = extension(fileName);
        if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (starts(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || starts(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        if (starts(content, new byte[] {'P', 'K', 3, 4}) && OFFICE.containsKey(extension)) {
            return OFFICE.get(extension);
        }
        if (starts(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}) && OFFICE_97.containsKey(extension)) {
            return OFFICE_97.get(extension);
        }
        if (text(content)) {
            return "csv".equals(extension) ? "text/csv; charset=UTF-8" : "text/plain; charset=UTF-8";
        }
        throw new UnsupportedFileException(NOT_ALLOWED, ALLOWED);
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (a BOM allowed) without control characters other than tab, CR and LF, and not a page or an image. */
    private static boolean text(byte[] content) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F) {
                return false;
            }
        }
        String head = (s.startsWith("\ufeff") ? s.substring(1) : s).stripLeading().toLowerCase(Locale.ROOT);
        return !(head.startsWith("<!doctype") || head.startsWith("<html")
                || head.startsWith("<svg") || head.startsWith("<?xml") || head.startsWith("<script"));
    }
}
