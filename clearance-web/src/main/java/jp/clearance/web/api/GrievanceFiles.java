package jp.clearance.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.clearance.grievance.boundary.Upload;
import jp.clearance.grievance.entity.GrievanceAttachment;

/**
 * The files of a complaint over HTTP, for the named ({@link GrievancesResource}) and the anonymous
 * ({@link PublicGrievancesResource}) paths: a request body as an upload, a file as a download.
 */
final class GrievanceFiles {
    private GrievanceFiles() {
    }

    /** The body of an upload request (the file itself; an empty body is an empty file, which the boundary refuses). */
    static Upload upload(String fileName, String contentType, byte[] content) {
        return new Upload(fileName, contentType, content == null ? new byte[0] : content);
    }

    /** A file as a download, with its SHA-256 in a header. */
    static Response download(GrievanceAttachment a) {
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-SHA256", a.getSha256()).build();
    }
}
