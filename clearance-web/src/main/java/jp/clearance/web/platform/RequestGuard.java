package jp.clearance.web.platform;

import jakarta.servlet.DispatcherType;
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
@WebFilter(filterName = "RequestGuard", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class RequestGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** How long clients are asked to wait while the database is out of reach. */
    public static final int RETRY_AFTER_SECONDS = 30;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    /**
     * The largest portal request that carries a file (web.xml's multipart {@code max-file-size}; the business limits
     * of the boundaries are lower and answered with their own messages). A larger one is refused
     * before anything is parsed (sent to the page that says why); the portal's pages say so before sending
     * ({@code js/uploads.js}).
     */
    public static final long PORTAL_UPLOAD_LIMIT = 25L * 1024 * 1024;
    /** How much of a refused body is read and thrown away so that the browser receives the answer. */
    public static final long DRAIN_LIMIT = 256L * 1024 * 1024;
    static final String CSP = "Content-Security-Policy";
    /**
     * Scripts only from the application's own files, or inline with the page's nonce: PrimeFaces' CSP mode
     * ({@code primefaces.CSP} in web.xml) renders every handler as a script with the nonce of the response, which it
     * adds to its own header; {@link NonceMerging} puts that nonce into this policy instead, so that a response has
     * one policy. No inline handler, no {@code eval}. PrimeFaces still needs inline style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'%s;"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders(request, response);
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // an error page or a forward: checked when it was requested; its page gets the same policy
            chain.doFilter(request, new NonceMerging(response));
            return;
        }
        if (!SAFE.contains(request.getMethod())) {
            if (crossSite(request)) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "http.crossOrigin");
                return;
            }
            if (isApi(request) && formType(request) && !request.getRequestURI().endsWith("/attachments")) {
                refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "http.415");
                return;
            }
            if (!isApi(request) && request.getContentLengthLong() > PORTAL_UPLOAD_LIMIT) {
                // never parsed (the container would fail on it, also while showing an error page): the browser is sent
                // to the page that says why, with the way back to the form it came from
                drain(request.getInputStream());
                String back = UploadLimit.back(request.getHeader("Referer"), request.getContextPath());
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + "/error/413.xhtml" + (back == null ? ""
                        : "?back=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8)));
                return;
            }
        }
        try {
            chain.doFilter(request, new NonceMerging(response));
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
        response.setHeader(CSP, policy(null));
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * Reads and throws away what is left of a refused body (up to {@link #DRAIN_LIMIT}, never kept), so that a client
     * still sending receives the answer instead of a reset connection; {@code false} when it stopped early.
     */
    public static boolean drain(java.io.InputStream in) {
        if (in == null) {
            return true;
        }
        long drained = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                drained += n;
                if (drained > DRAIN_LIMIT) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** The policy, with the nonce of the response's inline scripts when it has one ({@code 'nonce-...'}). */
    static String policy(String nonce) {
        return String.format(Locale.ROOT, CONTENT_SECURITY_POLICY, nonce == null ? "" : " " + nonce);
    }

    /**
     * Keeps one policy per response: the policy header PrimeFaces adds to a Faces page (its default,
     * {@code script-src 'self' 'nonce-...'}) is replaced by the application's policy with that nonce.
     */
    static final class NonceMerging extends jakarta.servlet.http.HttpServletResponseWrapper {
        NonceMerging(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name) && value != null) {
                java.util.regex.Matcher nonce = NONCE.matcher(value);
                super.setHeader(name, policy(nonce.find() ? nonce.group() : null));
            } else {
                super.setHeader(name, value);
            }
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
