package jp.clearance.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.audit.entity.AuditAction;

/** Filter of the audit trail; every field is optional. Dates are inclusive, in Japan time. */
public record AuditFilter(String actor, AuditAction action, String entityType, String entityId, LocalDate from,
                          LocalDate to) implements Serializable {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
