package jp.clearance.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.account.boundary.Accounts;
import jp.clearance.account.control.PasswordPolicy;
import jp.clearance.web.platform.Ui;

/**
 * /account/password.xhtml: the signed-in user changes their own password (the current one, then the new one twice).
 * The boundary checks the current password and the policy; the page only says what it answered.
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Ui ui;

    private String currentPassword;
    private String newPassword;
    private boolean changed;

    public void change() {
        changed = ui.run(() -> accounts.changeOwnPassword(currentPassword, newPassword), "account_password.changed");
        currentPassword = null;
        newPassword = null;
    }

    public int getMinLength() { return PasswordPolicy.MIN_LENGTH; }
    public boolean isChanged() { return changed; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
