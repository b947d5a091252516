package jp.clearance.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form and logout. */
@Named
@RequestScoped
public class LoginBacking {
    @Inject
    SecurityContext securityContext;

    @Inject
    Ui ui;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    /** A page inside the portal to return to after login (only a local path is accepted). */
    private String continueTo;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim().toLowerCase(), new Password(password))));
        switch (status) {
            case SUCCESS -> {
                Object failures = external.getSessionMap().remove(ClearanceAuthentication.FAILURES_BEFORE_LOGIN);
                if (failures != null) {
                    ui.warn("login.failedSinceLast", failures);
                    ui.keepMessages();
                }
                external.redirect(external.getRequestContextPath() + safeTarget());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = external.getRequestMap().get(ClearanceAuthentication.RETRY_AFTER_SECONDS);
                if (external.getRequestMap().get(ClearanceAuthentication.UNAVAILABLE) != null) {
                    ui.error("login.unavailable");
                } else if (wait != null) {
                    ui.error("login.wait", wait);
                } else {
                    ui.error("login.failed");
                }
                faces.validationFailed();
            }
        }
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    private String safeTarget() {
        if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\") && !continueTo.startsWith("/login.xhtml")) {
            return continueTo;
        }
        return "/index.xhtml";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getContinueTo() { return continueTo; }
    public void setContinueTo(String continueTo) { this.continueTo = continueTo; }
}
