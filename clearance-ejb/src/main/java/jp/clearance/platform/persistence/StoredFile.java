package jp.clearance.platform.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * A file kept in the database, immutable once added: its name and type (read from the content, {@link FileKinds}), size, SHA-256 (computed here from
 * the content), the content (loaded only when read, lists use projections without it), and who added it when. The
 * entities (a complaint's files, an incident's evidence) add their id and owner; the columns are the same in each
 * table.
 */
@MappedSuperclass
public abstract class StoredFile implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 255;
    public static final int TYPE_LENGTH = 100;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    protected StoredFile() {
    }

    protected StoredFile(String fileName, String contentType, byte[] content, LocalDateTime addedAt, String addedBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    /**
     * The name an uploader gave a file, made safe to store and show: Unicode NFC, without control characters and
     * without format characters (among them the bidirectional overrides and isolates such as U+202E, which make
     * {@code invoice\u202Efdp.exe} display as {@code invoiceexe.pdf}, and zero-width characters), path separators
     * replaced by {@code _}, trimmed, {@code fallback} when nothing is left, and fitted to the column.
     */
    public static String cleanName(String name, String fallback) {
        String n = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        n = n.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").replaceAll("[\\\\/]", "_").strip();
        return fittedName(n.isEmpty() ? fallback : n);
    }

    /** A (cleaned) file name that fits the column: its last {@link #NAME_LENGTH} characters, the extension kept. */
    public static String fittedName(String name) {
        return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
    }


    /** The SHA-256 of the content, in lower-case hex. */
    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public LocalDateTime getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }
}
