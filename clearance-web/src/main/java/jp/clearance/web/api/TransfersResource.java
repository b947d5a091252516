package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.clearance.grievance.boundary.TransferFilter;
import jp.clearance.grievance.boundary.TransferMove;
import jp.clearance.grievance.boundary.TransferRow;
import jp.clearance.grievance.boundary.TransferWatch;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.vetting.entity.TransferReason;
import jp.clearance.vetting.entity.TransferRecord;
import jp.clearance.vetting.entity.TransferStatus;

/** {@code /api/transfers}: transfer records watched against retaliation: open, list, read, record the move. */
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {
    @Inject
    TransferWatch watch;

    public record OpenJson(long personId, TransferReason reason, Long evaluationId) {
    }

    public record MoveJson(long version, String previousGrade, Long previousMonthlyPay, Long newSectionId,
                           String newGrade, Long newMonthlyPay, boolean dismissed, LocalDate movedOn, String note) {
    }

    public record TransferJson(long id, long version, long personId, String employerCode, TransferReason reason,
                               Long evaluationId, LocalDate openedOn, LocalDate watchUntil, TransferStatus status,
                               String previousGrade, Long previousMonthlyPay, String newGrade, Long newMonthlyPay,
                               boolean dismissed, LocalDate movedOn, String alertReason, LocalDateTime alertRaisedAt) {
        static TransferJson of(TransferRecord t) {
            return new TransferJson(t.getId(), t.getVersion(), t.getPerson().getId(), t.getEmployer().getCode(),
                    t.getReason(), t.getEvaluationId(), t.getOpenedOn(), t.getWatchUntil(), t.getStatus(),
                    t.getPreviousGrade(), t.getPreviousMonthlyPay(), t.getNewGrade(), t.getNewMonthlyPay(),
                    t.isDismissed(), t.getMovedOn(), t.getAlertReason(), t.getAlertRaisedAt());
        }
    }

    @POST
    public Response open(OpenJson json, @Context UriInfo uri) {
        TransferRecord t = watch.open(json.personId(), json.reason(), json.evaluationId());
        return Response.created(uri.getAbsolutePathBuilder().path(t.getId().toString()).build())
                .entity(TransferJson.of(t)).build();
    }

    @GET
    public Page<TransferRow> list(@QueryParam("employerId") Long employerId,
                                  @QueryParam("status") TransferStatus status,
                                  @QueryParam("alerted") @DefaultValue("false") boolean alerted,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return watch.search(new TransferFilter(employerId, status, alerted), PageRequest.of(first, size));
    }

    @GET
    @Path("{id}")
    public TransferJson get(@PathParam("id") long id) {
        return TransferJson.of(watch.find(id));
    }

    @PUT
    @Path("{id}")
    public TransferJson record(@PathParam("id") long id, MoveJson m) {
        return TransferJson.of(watch.record(id, m.version(), new TransferMove(m.previousGrade(),
                m.previousMonthlyPay(), m.newSectionId(), m.newGrade(), m.newMonthlyPay(), m.dismissed(),
                m.movedOn(), m.note())));
    }
}
