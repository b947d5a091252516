package jp.clearance.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of an upload as it arrives, read only when a boundary has checked who may add the file, and never
 * further than the limit: a declared length over the limit is refused before anything is read, and a body without
 * one (chunked) is read until it passes the limit, then refused with {@link TooLargeException}. So a 200 MB request
 * costs at most the limit in memory. Passed by reference to local boundaries; read once.
 */
public final class UploadBody {
    private final InputStream in;
    private final long declaredLength;

    private UploadBody(InputStream in, long declaredLength) {
        this.in = in;
        this.declaredLength = declaredLength;
    }

    /** A body still to be read; {@code declaredLength} is the request's Content-Length, or -1 without one. */
    public static UploadBody of(InputStream in, long declaredLength) {
        return new UploadBody(in == null ? InputStream.nullInputStream() : in, declaredLength);
    }

    /** A body already in memory (a file the portal received). */
    public static UploadBody of(byte[] content) {
        byte[] c = content == null ? new byte[0] : content;
        return new UploadBody(new java.io.ByteArrayInputStream(c), c.length);
    }

    /**
     * The whole body, if it is at most {@code limit} bytes; else {@link TooLargeException} with {@code tooLargeKey}
     * and the limit in MB. A body that breaks off is {@code upload.unreadable}.
     */
    public byte[] read(int limit, String tooLargeKey) {
        Object mb = limit / (1024 * 1024);
        if (declaredLength > limit) {
            throw new TooLargeException(tooLargeKey, mb);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 8192), limit));
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if ((long) out.size() + n > limit) {
                    throw new TooLargeException(tooLargeKey, mb);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BusinessException("upload.unreadable");
        }
        return out.toByteArray();
    }
}
