package jp.clearance.designation.boundary;

import java.io.Serializable;
import jp.clearance.designation.entity.DesignationStatus;

/**
 * Filter of the designation register: text matches the document number or the title (prefix); status is the status
 * as it stands today (a designation past its end counts as EXPIRED); expiringOnly keeps designations in force whose
 * end falls within the warning lead time; organId narrows a central officer's view to one organ.
 */
public record DesignationFilter(String text, String levelCode, DesignationStatus status, boolean expiringOnly,
                                Long organId) implements Serializable {
    public static DesignationFilter all() {
        return new DesignationFilter(null, null, null, false, null);
    }
}
