package jp.clearance.organization.boundary;

import java.io.Serializable;
import jp.clearance.organization.entity.OrganizationKind;

/** Filter for the organization list: text matches code or either name (prefix); kind and active are optional. */
public record OrganizationFilter(String text, OrganizationKind kind, Boolean active) implements Serializable {
    public static OrganizationFilter all() {
        return new OrganizationFilter(null, null, null);
    }
}
