package jp.clearance.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.account.boundary.AccountFilter;
import jp.clearance.account.boundary.AccountRow;
import jp.clearance.account.boundary.Accounts;
import jp.clearance.platform.security.Roles;
import jp.clearance.web.platform.PageModel;

/** /admin/accounts.xhtml: the paged, sortable, filterable list of user accounts. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String text;
    private String role;
    private Boolean active = Boolean.TRUE;
    private PageModel<AccountRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> accounts.search(new AccountFilter(text, role, active), page), AccountRow::id);
    }

    public void reset() {
        text = null;
        role = null;
        active = Boolean.TRUE;
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }

    public PageModel<AccountRow> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}
