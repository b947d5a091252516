package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.grievance.boundary.ComplaintView;
import jp.clearance.grievance.boundary.Lodging;
import jp.clearance.grievance.boundary.LodgedReceipt;
import jp.clearance.grievance.boundary.OrganizationOption;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.organization.entity.OrganizationKind;

/**
 * {@code /api/public/grievances}: the anonymous path, without login. The code travels in the request body, never in
 * the URL (so no access log or proxy keeps it). Nothing about the caller is read or stored.
 */
@Path("public/grievances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicGrievancesResource {
    @Inject
    AnonymousDesk desk;

    /** An anonymous complaint, and optionally the receipt code of the earlier complaint it follows. */
    public record LodgingJson(GrievanceType type, Ground ground, Long employerId, Long organId, LocalDate occurredOn,
                              String decidedBy, String description, String earlierCode) {
    }

    /** A receipt code, and a text for a reply. */
    public record CodeJson(String code, String text) {
    }

    @GET
    @Path("organizations")
    public List<OrganizationOption> organizations(@QueryParam("text") String text,
                                                  @QueryParam("kind") OrganizationKind kind) {
        return desk.organizations(text, kind);
    }

    @ReceiptCodeGuard.Guarded
    @POST
    public Response lodge(LodgingJson json) {
        LodgedReceipt receipt = desk.lodge(new Lodging(json.type(), json.ground(), json.employerId(), json.organId(),
                json.occurredOn(), json.decidedBy(), json.description(), null), json.earlierCode());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @ReceiptCodeGuard.Guarded
    @POST
    @Path("access")
    public ComplaintView access(CodeJson json) {
        return desk.open(json == null ? null : json.code());
    }

    @ReceiptCodeGuard.Guarded
    @POST
    @Path("messages")
    public ComplaintView reply(CodeJson json) {
        return desk.reply(json == null ? null : json.code(), json == null ? null : json.text());
    }

    /**
     * Adds a file: the body is the file itself, its name in {@code fileName}, the receipt code in the header
     * {@code X-Receipt-Code} (never in the URL). The code is checked before the body is read; a body over the limit
     * is 413, refused at once when its Content-Length says so.
     */
    @ReceiptCodeGuard.Guarded
    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    public ComplaintView attach(@HeaderParam("X-Receipt-Code") String code, @QueryParam("fileName") String fileName,
                                @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers,
                                InputStream content) {
        return GrievanceFiles.refusingAfterDraining(content,
                () -> desk.attach(code, fileName, contentType, GrievanceFiles.upload(content, headers)));
    }

    /** Downloads a file the complainant added; the receipt code in the body. */
    @ReceiptCodeGuard.Guarded
    @POST
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("attachmentId") long attachmentId, CodeJson json) {
        return GrievanceFiles.download(desk.attachment(json == null ? null : json.code(), attachmentId));
    }
}
