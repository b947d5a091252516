package jp.clearance.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import jp.clearance.account.boundary.AccountRow;
import jp.clearance.account.boundary.Accounts;
import jp.clearance.notification.boundary.Notifications;
import jp.clearance.platform.security.Roles;

/** The signed-in user as the header and menu show them: name, organization, roles. */
@Named
@SessionScoped
public class UserBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    Notifications notifications;

    private AccountRow me;

    public AccountRow getMe() {
        if (me == null && securityContext.getCallerPrincipal() != null) {
            me = accounts.me();
        }
        return me;
    }

    /** Unread notifications of the caller (one count query per page view). */
    public long getUnreadNotifications() {
        return securityContext.getCallerPrincipal() == null ? 0 : notifications.unreadCount();
    }

    /**
     * Whether the signed-in user has the role. Answered from the groups the session remembers (see
     * {@link ClearanceAuthentication#SESSION_CALLER}; groups map to roles of the same name), not by asking the
     * container's authorization per call: a page asks this dozens of times. The EJB layer checks again.
     */
    public boolean has(String role) {
        Object caller = jakarta.faces.context.FacesContext.getCurrentInstance() == null ? null
                : jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                        .get(ClearanceAuthentication.SESSION_CALLER);
        return caller instanceof Credentials.Verified verified ? verified.groups().contains(role)
                : securityContext.isCallerInRole(role);
    }

    public List<String> getRoles() {
        return Roles.ALL.stream().filter(this::has).toList();
    }
}
