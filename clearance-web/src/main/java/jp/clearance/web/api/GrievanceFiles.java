package jp.clearance.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.function.Supplier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.clearance.grievance.entity.GrievanceAttachment;
import jp.clearance.platform.UploadBody;

/**
 * The files of a complaint over HTTP, for the named ({@link GrievancesResource}) and the anonymous
 * ({@link PublicGrievancesResource}) paths (and incident evidence): a request body as an upload, a file as a
 * download.
 */
final class GrievanceFiles {
    private GrievanceFiles() {
    }

    /**
     * The body of an upload request (the file itself; an empty body is an empty file, which the boundary refuses),
     * still unread: the boundary reads it after its checks, up to its limit; the declared Content-Length, when there
     * is one, lets it refuse an oversized body without reading any of it.
     */
    static UploadBody upload(InputStream content, HttpHeaders headers) {
        return UploadBody.of(content, headers == null ? -1 : headers.getLength());
    }

    /**
     * Calls the boundary with an upload; when it refuses (before reading the body, or when the body passes the limit),
     * what is left of the body is read and thrown away (up to {@link RequestBodies#DRAIN_LIMIT}, never kept) before
     * the refusal is answered, so that a client still sending receives the answer instead of a reset connection.
     */
    static <T> T refusingAfterDraining(InputStream content, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            RequestBodies.drain(content);
            throw e;
        }
    }

    /** A file as a download, with its SHA-256 in a header. */
    static Response download(GrievanceAttachment a) {
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-SHA256", a.getSha256()).build();
    }
}
