package jp.clearance.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.clearance.account.boundary.Accounts;

/**
 * How people sign in. The portal uses the Faces login page (credentials arrive through
 * {@code SecurityContext.authenticate}); the REST API under {@code /api} takes HTTP Basic. Both are checked
 * against the database identity store, whose passwords are PBKDF2 hashes. The session remembers a login.
 */
@ApplicationScoped
@AutoApplySession
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/clearance",
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join user_account a on a.id = r.account_id"
                + " where a.username = ? and a.active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class ClearanceAuthentication implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            CredentialValidationResult result = identityStore.validate(login);
            accounts.recordLogin(login.getCaller(), result.getStatus() == CredentialValidationResult.Status.VALID);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                accounts.rehashIfWeak(login.getCaller(), login.getPassword().getValue());
            }
            // On failure no error is sent: the login page shows its own message.
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStore.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                accounts.rehashIfWeak(basic.getCaller(), basic.getPassword().getValue());
                return context.notifyContainerAboutLogin(result);
            }
            if (basic != null) {
                accounts.recordLogin(basic.getCaller(), false);
            }
            return challenge(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(request, response, context);
        }
        return redirectToLogin(request, response, context);
    }

    /** Asks an API client for Basic credentials, with the JSON error body every API failure has. */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"clearance\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String message = Messages.text(request.getLocale(), "http.401").replace("\"", "'");
        try {
            response.getWriter().write("{\"key\":\"http.401\",\"message\":\"" + message + "\",\"violations\":[]}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
