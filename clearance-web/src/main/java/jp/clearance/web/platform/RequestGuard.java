package jp.clearance.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What every request and response of the application passes: the security headers on every response, and the
 * refusal of requests that another site can make a signed-in browser send (CSRF).
 * <ul>
 *   <li>A state-changing request (any method but GET, HEAD, OPTIONS) whose {@code Origin} names another site, or
 *   that the browser marks {@code Sec-Fetch-Site: cross-site/same-site}, is refused with 403.</li>
 *   <li>A state-changing API call with a body type that an HTML form can send without asking (form, multipart,
 *   text/plain) is refused with 415, except the file uploads ({@code .../attachments}), which take the file as it is
 *   and need credentials or a receipt code in a header.</li>
 * </ul>
 * The API authenticates only from the {@code Authorization} header (see {@link ClearanceAuthentication}); the
 * portal's cookie is {@code SameSite=Lax} and {@code HttpOnly} (web.xml) and its forms carry the Faces view state.
 */
@WebFilter(filterName = "RequestGuard", urlPatterns = "/*")
public class RequestGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** How long clients are asked to wait while the database is out of reach. */
    public static final int RETRY_AFTER_SECONDS = 30;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    /** Scripts, styles and images of the application itself; PrimeFaces needs inline scripts and styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders(request, response);
        if (!SAFE.contains(request.getMethod())) {
            if (crossSite(request)) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "http.crossOrigin");
                return;
            }
            if (isApi(request) && formType(request) && !request.getRequestURI().endsWith("/attachments")) {
                refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "http.415");
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!Failures.databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            unavailable(request, response);
        }
    }

    /** The answer while the database is out of reach: 503 with Retry-After (API: JSON; portal: its page). */
    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "http.503");
    }

    /**
     * The headers every response carries. Also set by the authentication mechanism, which answers some requests
     * (401, the login redirect) before any filter runs.
     */
    static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** Whether the browser says the request comes from another site. Clients other than browsers send neither. */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && (fetchSite.equals("cross-site") || fetchSite.equals("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null || host == null) {
                return true;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return !authority.equalsIgnoreCase(host) && !sameDefaultPort(uri, host);
        } catch (java.net.URISyntaxException e) {
            return true;
        }
    }

    /** {@code Origin: http://h} against {@code Host: h:80} (and https with 443). */
    private static boolean sameDefaultPort(URI origin, String host) {
        int port = "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
        return origin.getPort() < 0 && host.equalsIgnoreCase(origin.getHost() + ":" + port);
    }

    private static boolean formType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        int semicolon = type.indexOf(';');
        return FORM_TYPES.contains((semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        if (isApi(request)) {
            JsonErrors.write(request, response, key);
        } else {
            response.sendError(status);
        }
    }
}
