package jp.clearance.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.clearance.account.boundary.Accounts;
import jp.clearance.account.entity.UserAccount;
import jp.clearance.platform.security.Roles;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.Ui;

/**
 * /admin/account.xhtml: create a user account (user name and initial password) or edit one (organization, linked
 * person, roles); reset its password; deactivate or reactivate it.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    jp.clearance.account.boundary.Logins logins;

    @Inject
    jp.clearance.platform.time.ApplicationClock clock;

    @Inject
    Accounts accounts;

    @Inject
    Pickers pickers;

    @Inject
    Ui ui;

    private Long id;
    private UserAccount account;
    private String password;
    private Choice organization;
    private Choice person;
    private List<String> roles = new ArrayList<>();
    private String newPassword;
    private final Choices organizations = new Choices();
    private final Choices people = new Choices();

    /** Loads the account named by the view parameter, or starts a new one. */
    public void load() {
        if (account != null) {
            return;
        }
        if (id == null) {
            account = new UserAccount();
            return;
        }
        account = ui.attempt(() -> accounts.find(id), null);
        if (account != null) {
            organization = organizations.remember(pickers.organization(account.getOrganization()));
            person = people.remember(pickers.person(account.getPerson()));
            roles = new ArrayList<>(Roles.ALL.stream().filter(account.getRoles()::contains).toList());
        }
    }

    public List<Choice> completeOrganization(String text) {
        return organizations.offer(pickers.organizations(text));
    }

    public List<Choice> completePerson(String text) {
        return people.offer(pickers.people(text));
    }

    public String save() {
        boolean isNew = account.getId() == null;
        long organizationId = organization.id();
        Long personId = person == null ? null : person.id();
        var chosen = new LinkedHashSet<>(roles);
        UserAccount saved = ui.attempt(() -> isNew
                ? accounts.create(account.getUsername(), password, organizationId, personId, chosen)
                : accounts.update(account.getId(), account.getVersion(), organizationId, personId, chosen),
                isNew ? "admin_account.created" : "common.saved");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/account?faces-redirect=true&id=" + saved.getId();
    }

    /**
     * Sets a new password from the dialog. The account's version moves on; if nobody else changed the account
     * meanwhile, the edit form takes the new version, so saving it afterwards is not mistaken for a concurrent edit.
     */
    public void resetPassword() {
        long before = account.getVersion();
        UserAccount saved = ui.attempt(() -> accounts.resetPassword(account.getId(), newPassword),
                "admin_account.passwordReset");
        if (saved != null) {
            if (saved.getVersion() == before + 1) {
                account.setVersion(saved.getVersion());
            }
            newPassword = null;
        }
    }

    public String setActive(boolean active) {
        UserAccount saved = ui.attempt(() -> accounts.setActive(account.getId(), active),
                active ? "common.reactivated" : "common.deactivated");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/account?faces-redirect=true&id=" + saved.getId();
    }

    /** Clears the count of failed logins and lifts the lock, if any. */
    public String unlock() {
        UserAccount saved = ui.attempt(() -> logins.unlock(account.getId()), "admin_account.unlocked");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/account?faces-redirect=true&id=" + saved.getId();
    }

    public boolean isLocked() {
        return account != null && account.isLockedAt(clock.now());
    }

    /** Until when the account is locked, in the user's date and time format. */
    public String getLockedUntilText() {
        return account == null || account.getLockedUntil() == null ? ""
                : jp.clearance.web.platform.LocaleBacking.format(ui.locale(), account.getLockedUntil());
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UserAccount getAccount() { return account; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Choice getOrganization() { return organization; }
    public void setOrganization(Choice organization) { this.organization = organization; }
    public Choice getPerson() { return person; }
    public void setPerson(Choice person) { this.person = person; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public Choices getOrganizations() { return organizations; }
    public Choices getPeople() { return people; }
}
