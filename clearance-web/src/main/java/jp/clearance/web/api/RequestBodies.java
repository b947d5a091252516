package jp.clearance.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

/**
 * What is left of a request's body when the answer is ready is read and thrown away (never kept) before the answer
 * goes out, up to {@link #DRAIN_LIMIT}; past that the connection is closed after the answer.
 * <p>
 * Refusals are given before the body is read (a wrong receipt code, a complaint that is not the caller's, an upload
 * over its limit). A client that is still sending would otherwise not see the answer: after a 413 or a 400 the
 * server closes the connection, and the unread data makes the socket reset, which loses the answer; after a 422 the
 * connection stays open, and a client that stops sending once it has the answer and then reuses the connection (the
 * JDK's HTTP client does) waits forever for its next answer.
 */
@Provider
public class RequestBodies implements ContainerResponseFilter {
    /** Most of an unread body thrown away to deliver an answer (a 200 MB upload refused with 413 fits). */
    static final long DRAIN_LIMIT = jp.clearance.web.platform.RequestGuard.DRAIN_LIMIT;
    private static final Logger LOG = Logger.getLogger(RequestBodies.class.getName());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!hasBody(request)) {
            return;
        }
        long drained = 0;
        try {
            InputStream in = request.getEntityStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (drained <= DRAIN_LIMIT && (n = in.read(buffer)) != -1) {
                drained += n;
            }
        } catch (IllegalStateException e) {
            return; // Jersey closed the stream after reading the entity to its end: nothing left
        } catch (IOException e) {
            response.getHeaders().putSingle("Connection", "close");
            return;
        }
        if (drained > DRAIN_LIMIT) {
            response.getHeaders().putSingle("Connection", "close");
        }
        if (drained > 0) {
            long bytes = drained;
            LOG.fine(() -> "Threw away " + bytes + " unread bytes of a request body before answering "
                    + response.getStatus());
        }
    }

    /** Reads and throws away what is left of a body, up to {@link #DRAIN_LIMIT}; true if it reached the end. */
    static boolean drain(InputStream in) {
        return jp.clearance.web.platform.RequestGuard.drain(in);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank() && !"0".equals(length.trim())) {
            return true;
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
