package jp.clearance.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.clearance.account.boundary.Logins;

/**
 * How people sign in. The portal uses the Faces login page (credentials arrive through
 * {@code SecurityContext.authenticate}); the session then remembers who signed in (name and groups, see
 * {@link #SESSION_CALLER}) and each request of the portal tells the container again, without the password.
 * The REST API under {@code /api} takes HTTP Basic on every call and never the portal's session: a cookie sent
 * with an API call authenticates nothing, so another site cannot act through a signed-in browser (CSRF), and an
 * API call creates no session. Passwords are checked against the database identity store (PBKDF2 hashes) through
 * {@link Credentials}, which spares a repeated call the hash.
 * <p>
 * Jakarta Security's {@code @AutoApplySession} is not used: on Payara it let the groups of one session's caller be
 * lost under concurrent requests (valid users refused with 403 and {@code AccessLocalException} about 5% of the
 * time with several sessions at once, Payara issue 6145); this mechanism keeps no per-request state in a field.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/clearance",
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join user_account a on a.id = r.account_id"
                + " where a.username = ? and a.active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class ClearanceAuthentication implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The session attribute holding the portal's signed-in caller ({@link Credentials.Verified}). */
    public static final String SESSION_CALLER = "jp.clearance.caller";
    /** Session attribute: failed logins of the account before this successful one (the owner is told). */
    public static final String FAILURES_BEFORE_LOGIN = "jp.clearance.failuresBeforeLogin";
    /** Request attribute: the database was out of reach, so the login could not be checked. */
    public static final String UNAVAILABLE = "jp.clearance.unavailable";
    /** Request attribute: seconds this client must wait before the next login (too many failures). */
    public static final String RETRY_AFTER_SECONDS = "jp.clearance.retryAfter";

    @Inject
    Credentials credentials;

    @Inject
    Logins logins;

    @Inject
    AddressThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        RequestGuard.securityHeaders(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return portalLogin(request, context, login);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Credentials.Verified caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return redirectToLogin(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The login form: on success the session id changes (no fixation) and the session remembers the caller. */
    private AuthenticationStatus portalLogin(HttpServletRequest request, HttpMessageContext context,
                                             UsernamePasswordCredential login) {
        long blocked = throttle.blockedFor(AddressThrottle.LOGIN, AddressThrottle.clientAddress(request));
        if (blocked > 0) {
            // No error is sent: the login page shows its own message, here how long to wait.
            request.setAttribute(RETRY_AFTER_SECONDS, seconds(blocked));
            logins.recordLogin(Credentials.auditableName(login.getCaller()), false);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credentials.Verified caller;
        try {
            caller = credentials.verify(login.getCaller(), login.getPasswordAsString());
        } catch (RuntimeException e) {
            if (!Failures.databaseUnavailable(e)) {
                throw e;
            }
            // Not "wrong password": the login page says that the system is temporarily unavailable.
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (caller == null) {
            throttle.failed(AddressThrottle.LOGIN, AddressThrottle.clientAddress(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        int failuresBefore = logins.recordLogin(caller.name(), true);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_CALLER, caller);
        if (failuresBefore > 0) {
            session.setAttribute(FAILURES_BEFORE_LOGIN, failuresBefore);
        }
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /** An API call: HTTP Basic in the header or nothing; the session is never looked at. */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            long blocked = throttle.blockedFor(AddressThrottle.LOGIN, AddressThrottle.clientAddress(request));
            if (blocked > 0) {
                return tooManyFailures(request, response, seconds(blocked));
            }
            String[] basic = decodeBasic(authorization.substring(6).trim());
            Credentials.Verified caller;
            try {
                caller = basic == null ? credentials.verify(null, null) : credentials.verify(basic[0], basic[1]);
            } catch (RuntimeException e) {
                if (!Failures.databaseUnavailable(e)) {
                    throw e;
                }
                try {
                    RequestGuard.unavailable(request, response);
                } catch (IOException io) {
                    throw new IllegalStateException(io);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (caller != null) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            throttle.failed(AddressThrottle.LOGIN, AddressThrottle.clientAddress(request));
            return challenge(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return challenge(request, response, context);
    }

    /** The API's answer while the client's address is blocked after too many failed logins. */
    private static AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response,
                                                        long retryAfter) {
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setStatus(429);
        JsonErrors.write(request, response, "http.429", retryAfter);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Asks an API client for Basic credentials, with the JSON error body every API failure has. */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"clearance\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        JsonErrors.write(request, response, "http.401");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String location = request.getContextPath() + LOGIN_PAGE;
        if (!"GET".equals(request.getMethod()) || "partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // The session ended while a page was open (e.g. an autosave or a click after a long pause): after the new
            // login the person comes back to that page, which shows what was saved.
            location += "?expired=true";
            String page = pageOf(request.getHeader("Referer"), request.getContextPath());
            if (page != null) {
                location += "&continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
            }
        } else if (!target.equals("/") && !target.startsWith(LOGIN_PAGE)) {
            location += "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location.replace("&", "&amp;") + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(location);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The page (path and query inside the application) a Referer names, or null when it is not a page of this
     * application or is the login page. Only the path is kept, so the target stays local.
     */
    static String pageOf(String referer, String contextPath) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return null;
            }
            String page = path.substring(contextPath.length());
            if (page.startsWith("//") || page.startsWith(LOGIN_PAGE) || page.startsWith("/error/") || page.contains("\\")) {
                return null;
            }
            return uri.getRawQuery() == null ? page : page + "?" + uri.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** User name and password of a Basic header, or {@code null} when it is not one. */
    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
