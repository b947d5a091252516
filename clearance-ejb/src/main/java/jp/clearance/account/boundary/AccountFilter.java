package jp.clearance.account.boundary;

import java.io.Serializable;

/**
 * Filter for the account list: text matches the user name, the organization code or the linked person's family name
 * (prefix); role and active are optional.
 */
public record AccountFilter(String text, String role, Boolean active) implements Serializable {
    public static AccountFilter all() {
        return new AccountFilter(null, null, null);
    }
}
