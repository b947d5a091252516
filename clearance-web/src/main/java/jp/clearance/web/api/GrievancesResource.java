package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.clearance.grievance.boundary.AttachmentView;
import jp.clearance.grievance.boundary.ComplaintView;
import jp.clearance.grievance.boundary.Decision;
import jp.clearance.grievance.boundary.GrievanceFilter;
import jp.clearance.grievance.boundary.GrievanceRow;
import jp.clearance.grievance.boundary.GrievanceStatistics;
import jp.clearance.grievance.boundary.GrievanceWatch;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.grievance.boundary.Lodging;
import jp.clearance.grievance.boundary.WatchResult;
import jp.clearance.grievance.control.VettingFacts;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceEntry;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.grievance.entity.Outcome;
import jp.clearance.grievance.entity.Remedy;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;

/**
 * {@code /api/grievances}: named complaints of the calling employee ({@code /mine}), the desk's queue and case work,
 * opening a case from a transfer alert, statistics and the CSV export, and the daily watch on demand (ADMIN).
 */
@Path("grievances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrievancesResource {
    @Inject
    Grievances grievances;

    @Inject
    GrievanceWatch watch;

    /** A complaint as the desk sees it. */
    public record CaseJson(long id, long version, Channel channel, String complainant, Long personId,
                           String deskCode, String employerCode, GrievanceType type, Ground ground, String description,
                           LocalDate occurredOn, String decidedBy, GrievanceStatus status, LocalDateTime lodgedAt,
                           LocalDate ackDue, LocalDate decisionDue, LocalDateTime acknowledgedAt,
                           LocalDateTime decidedAt, Outcome outcome, String reasons, Set<Remedy> remedies,
                           String remedyDetail, Long relatedId, Long transferRecordId) {
        static CaseJson of(Grievance g) {
            return new CaseJson(g.getId(), g.getVersion(), g.getChannel(), g.getComplainantUsername(),
                    g.getPerson() == null ? null : g.getPerson().getId(), g.getDesk().getCode(),
                    g.getEmployer().getCode(), g.getType(), g.getGround(), g.getDescription(), g.getOccurredOn(),
                    g.getDecidedBy(), g.getStatus(), g.getLodgedAt(), g.getAckDue(), g.getDecisionDue(),
                    g.getAcknowledgedAt(), g.getDecidedAt(), g.getOutcome(), g.getReasons(), Set.copyOf(g.getRemedies()),
                    g.getRemedyDetail(), g.getRelatedId(), g.getTransferRecordId());
        }
    }

    /** A timeline entry as the desk sees it (with the author). */
    public record EntryJson(long id, EntryKind kind, boolean visible, String author, GrievanceStatus status,
                            String body, LocalDateTime at) {
        static EntryJson of(GrievanceEntry e) {
            return new EntryJson(e.getId(), e.getKind(), e.isVisible(), e.getAuthor(), e.getStatus(), e.getBody(),
                    e.getCreatedAt());
        }
    }

    /** A text (message, note). */
    public record TextJson(String text, EntryKind kind) {
    }

    /** A version and an optional message (acknowledge, investigate, withdraw). */
    public record StepJson(long version, String message) {
    }

    public record DecisionJson(long version, Outcome outcome, String reasons, Set<Remedy> remedies,
                               String remedyDetail) {
    }

    @POST
    public Response lodge(Lodging lodging, @Context UriInfo uri) {
        ComplaintView v = grievances.lodge(lodging);
        return Response.created(uri.getAbsolutePathBuilder().path("mine").path(Long.toString(v.id())).build())
                .entity(v).build();
    }

    @GET
    @Path("mine")
    public Page<GrievanceRow> mine(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        return grievances.mine(PageRequest.of(first, size));
    }

    @GET
    @Path("mine/{id}")
    public ComplaintView myComplaint(@PathParam("id") long id) {
        return grievances.complaint(id);
    }

    @POST
    @Path("mine/{id}/messages")
    public ComplaintView reply(@PathParam("id") long id, TextJson json) {
        return grievances.reply(id, json == null ? null : json.text());
    }

    /** The body is the file itself; its name comes in {@code fileName}. */
    @POST
    @Path("mine/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public ComplaintView attachOwn(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                                   @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers,
                                   InputStream content) {
        return GrievanceFiles.refusingAfterDraining(content,
                () -> grievances.attachOwn(id, fileName, contentType, GrievanceFiles.upload(content, headers)));
    }

    @GET
    @Path("mine/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response ownAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return GrievanceFiles.download(grievances.ownAttachment(id, attachmentId));
    }

    @POST
    @Path("mine/{id}/withdraw")
    public ComplaintView withdraw(@PathParam("id") long id, StepJson json) {
        return grievances.withdraw(id, json.version());
    }

    /** The queue; {@code desk} (or {@code deskId}) is the desk organization's id. */
    @GET
    public Page<GrievanceRow> queue(@QueryParam("desk") Long desk, @QueryParam("deskId") Long deskId, @QueryParam("status") GrievanceStatus status,
                                    @QueryParam("all") @DefaultValue("false") boolean all,
                                    @QueryParam("type") GrievanceType type, @QueryParam("channel") Channel channel,
                                    @QueryParam("employerId") Long employerId,
                                    @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("size") @DefaultValue("50") int size,
                                    @QueryParam("sort") String sort,
                                    @QueryParam("desc") @DefaultValue("false") boolean desc) {
        return grievances.queue(new GrievanceFilter(desk != null ? desk : deskId, status, !all, type, channel, employerId, overdue),
                new PageRequest(first, size, sort, !desc));
    }

    @GET
    @Path("{id}")
    public CaseJson get(@PathParam("id") long id) {
        return CaseJson.of(grievances.read(id));
    }

    @GET
    @Path("{id}/timeline")
    public List<EntryJson> timeline(@PathParam("id") long id) {
        return grievances.timeline(id).stream().map(EntryJson::of).toList();
    }

    @GET
    @Path("{id}/facts")
    public List<VettingFacts.Fact> facts(@PathParam("id") long id) {
        return grievances.vettingFacts(id);
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return grievances.attachments(id);
    }

    /** The body is the file itself; its name comes in {@code fileName}. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers,
                           InputStream content) {
        return Response.status(201).entity(GrievanceFiles.refusingAfterDraining(content,
                () -> grievances.attach(id, fileName, contentType, GrievanceFiles.upload(content, headers)))).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return GrievanceFiles.download(grievances.attachment(id, attachmentId));
    }

    @GET
    @Path("{id}/linked")
    public List<GrievanceRow> linked(@PathParam("id") long id) {
        return grievances.linked(id);
    }

    @POST
    @Path("{id}/acknowledge")
    public CaseJson acknowledge(@PathParam("id") long id, StepJson json) {
        return CaseJson.of(grievances.acknowledge(id, json.version(), json.message()));
    }

    @POST
    @Path("{id}/investigate")
    public CaseJson investigate(@PathParam("id") long id, StepJson json) {
        return CaseJson.of(grievances.startInvestigation(id, json.version()));
    }

    @POST
    @Path("{id}/decide")
    public CaseJson decide(@PathParam("id") long id, DecisionJson json) {
        return CaseJson.of(grievances.decide(id, json.version(),
                new Decision(json.outcome(), json.reasons(), json.remedies(), json.remedyDetail())));
    }

    @POST
    @Path("{id}/messages")
    public EntryJson message(@PathParam("id") long id, TextJson json) {
        return EntryJson.of(grievances.message(id, json == null ? null : json.text()));
    }

    @POST
    @Path("{id}/notes")
    public EntryJson note(@PathParam("id") long id, TextJson json) {
        return EntryJson.of(grievances.note(id, json.kind() == null ? EntryKind.NOTE : json.kind(), json.text()));
    }

    @POST
    @Path("from-transfer/{transferId}")
    public Response openFromAlert(@PathParam("transferId") long transferId, TextJson json, @Context UriInfo uri) {
        Grievance g = grievances.openFromAlert(transferId, json == null ? null : json.text());
        return Response.created(uri.getBaseUriBuilder().path("grievances").path(g.getId().toString()).build())
                .entity(CaseJson.of(g)).build();
    }

    @GET
    @Path("statistics")
    public GrievanceStatistics statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return grievances.statistics(day("from", from), day("to", to));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(grievances.exportCsv(day("from", from), day("to", to)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"grievances-" + from + "-" + to + ".csv\"")
                .build();
    }

    /** A day in ISO form ({@code 2026-04-01}); anything else (or nothing) is a bad request naming the parameter. */
    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (RuntimeException e) {
            throw new ApiInputException(parameter, "input.date", parameter, JsonShape.shown(text == null ? "" : text));
        }
    }

    @POST
    @Path("watch")
    public WatchResult runWatch() {
        return watch.runNow();
    }
}
