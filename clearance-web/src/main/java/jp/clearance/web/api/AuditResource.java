package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.clearance.audit.boundary.AuditFilter;
import jp.clearance.audit.boundary.AuditRow;
import jp.clearance.audit.boundary.AuditTrail;
import jp.clearance.audit.boundary.ChainVerification;
import jp.clearance.audit.entity.AuditAction;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;

/** {@code /api/audit}: the audit trail (newest first) and its verification, for auditors. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditTrail trail;

    /** The JSON shape of an audit entry. */
    public record AuditEntryJson(long id, LocalDateTime occurredAt, String actor, AuditAction action, String entityType,
                                 String entityId, String detail, String prevHash, String hash) {
        static AuditEntryJson of(AuditRow e) {
            return new AuditEntryJson(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.detail(), e.prevHash(), e.hash());
        }
    }

    @GET
    public Page<AuditEntryJson> search(@QueryParam("actor") String actor, @QueryParam("action") AuditAction action,
                                       @QueryParam("entityType") String entityType,
                                       @QueryParam("entityId") String entityId,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        Page<AuditRow> page = trail.search(new AuditFilter(actor, action, entityType, entityId,
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)),
                PageRequest.of(first, size));
        return new Page<>(page.items().stream().map(AuditEntryJson::of).toList(), page.total(), page.totalExact());
    }

    @POST
    @Path("verify")
    public ChainVerification verify() {
        return trail.verify();
    }
}
