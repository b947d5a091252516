package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import jp.clearance.incident.boundary.AttachmentRow;
import jp.clearance.incident.boundary.ChargeRow;
import jp.clearance.incident.boundary.Charges;
import jp.clearance.incident.boundary.DesignationLine;
import jp.clearance.incident.boundary.IncidentFilter;
import jp.clearance.incident.boundary.IncidentRow;
import jp.clearance.incident.boundary.Incidents;
import jp.clearance.incident.boundary.PartyRow;
import jp.clearance.incident.boundary.StatisticsLine;
import jp.clearance.incident.entity.Channel;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentEventKind;
import jp.clearance.incident.entity.IncidentOutcome;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.incident.entity.IncidentTask;
import jp.clearance.incident.entity.PartyRole;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.web.incident.IncidentTexts;

/**
 * {@code /api/incidents}: the incident queue, recording an incident, its designations, parties (with the clearance
 * suspension), evidence, tasks, comments, timeline, lifecycle transitions, and its charges; the report PDF; statistics.
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentsResource {
    @Inject
    Incidents incidents;

    @Inject
    Charges charges;

    @Inject
    ApplicationClock clock;

    @Context
    HttpHeaders headers;

    public record NewIncidentJson(String title, LocalDate occurredOn, LocalDate discoveredOn, String discoveryMethod,
                                  String description, Channel channel, String containment, Long organId,
                                  List<Long> designationIds) {
        Incident toEntity() {
            Incident i = new Incident();
            i.setTitle(title);
            i.setOccurredOn(occurredOn);
            i.setDiscoveredOn(discoveredOn);
            i.setDiscoveryMethod(discoveryMethod);
            i.setDescription(description);
            i.setChannel(channel);
            i.setContainment(containment);
            return i;
        }
    }

    public record IncidentJson(long id, long version, String organCode, String title, LocalDate occurredOn,
                               LocalDate discoveredOn, String discoveryMethod, String description, Channel channel,
                               String containment, IncidentStatus status, IncidentOutcome outcome, String closeReason,
                               LocalDate closedOn, LocalDate reevaluationRequestedOn) {
        static IncidentJson of(Incident i) {
            return new IncidentJson(i.getId(), i.getVersion(), i.getOrgan().getCode(), i.getTitle(), i.getOccurredOn(),
                    i.getDiscoveredOn(), i.getDiscoveryMethod(), i.getDescription(), i.getChannel(), i.getContainment(),
                    i.getStatus(), i.getOutcome(), i.getCloseReason(), i.getClosedOn(), i.getReevaluationRequestedOn());
        }
    }

    public record TransitionJson(long version, IncidentStatus to, String reason) {
    }

    public record DesignationJson(long designationId) {
    }

    public record PartyJson(Long personId, PartyRole role, Long organizationId) {
    }

    public record ReasonJson(String reason) {
    }

    public record TaskJson(String title, String assignee, LocalDate dueOn) {
    }

    public record TaskRowJson(long id, long version, String title, String assignee, LocalDate dueOn, LocalDate doneOn,
                              String doneBy, boolean overdue) {
        static TaskRowJson of(IncidentTask t, LocalDate today) {
            return new TaskRowJson(t.getId(), t.getVersion(), t.getTitle(), t.getAssignee(), t.getDueOn(), t.getDoneOn(),
                    t.getDoneBy(), t.isOverdueOn(today));
        }
    }

    public record VersionJson(long version) {
    }

    public record CommentJson(String text) {
    }

    public record EventJson(IncidentEventKind kind, LocalDateTime occurredAt, String actor, String note) {
        static EventJson of(IncidentEvent e) {
            return new EventJson(e.getKind(), e.getOccurredAt(), e.getActor(), e.getNote());
        }
    }

    public record ChargeJson(long partyId, long designationId, String penaltyCode) {
    }

    public record OffenceJson(String code, String act, String article, String nameJa, String nameEn, boolean confirmed,
                              Integer maxPrisonMonths, Long maxFineYen, boolean fineCumulative, boolean fineAlternative,
                              Long corporateFineYen) {
    }

    @GET
    public Page<IncidentRow> list(@QueryParam("status") IncidentStatus status,
                                  @QueryParam("open") @DefaultValue("false") boolean open,
                                  @QueryParam("organId") Long organId,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort,
                                  @QueryParam("desc") @DefaultValue("false") boolean desc) {
        return incidents.search(new IncidentFilter(status, open, organId), new PageRequest(first, size, sort, !desc));
    }

    @POST
    public Response record(NewIncidentJson json) {
        Incident i = incidents.record(json.toEntity(), json.organId(),
                json.designationIds() == null ? List.of() : json.designationIds());
        return Response.status(201).entity(IncidentJson.of(i)).build();
    }

    @GET
    @Path("{id}")
    public IncidentJson read(@PathParam("id") long id, @QueryParam("purpose") @DefaultValue("API read") String purpose) {
        return IncidentJson.of(incidents.open(id, purpose));
    }

    /** The incident report as a PDF, in the language of {@code Accept-Language} (Japanese by default); an audited read. */
    @GET
    @Path("{id}/report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response report(@PathParam("id") long id) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Locale.JAPANESE : headers.getAcceptableLanguages().get(0);
        return Response.ok(incidents.report(id, new IncidentTexts(locale)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"incident-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/transition")
    public IncidentJson transition(@PathParam("id") long id, TransitionJson json) {
        return IncidentJson.of(incidents.transition(id, json.version(), json.to(), json.reason()));
    }

    @GET
    @Path("{id}/designations")
    public List<DesignationLine> designations(@PathParam("id") long id) {
        return incidents.designations(id);
    }

    @POST
    @Path("{id}/designations")
    public Response addDesignation(@PathParam("id") long id, DesignationJson json) {
        return Response.status(201).entity(incidents.addDesignation(id, json.designationId())).build();
    }

    @GET
    @Path("{id}/parties")
    public List<PartyRow> parties(@PathParam("id") long id) {
        return incidents.parties(id);
    }

    @POST
    @Path("{id}/parties")
    public Response addParty(@PathParam("id") long id, PartyJson json) {
        PartyRow row = json.organizationId() != null ? incidents.addOrganization(id, json.organizationId())
                : incidents.addPerson(id, json.personId() == null ? -1 : json.personId(), json.role());
        return Response.status(201).entity(row).build();
    }

    @POST
    @Path("{id}/parties/{partyId}/suspension")
    public PartyRow suspend(@PathParam("id") long id, @PathParam("partyId") long partyId, ReasonJson json) {
        return incidents.suspendClearance(id, partyId, json.reason());
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentRow> attachments(@PathParam("id") long id) {
        return incidents.attachments(id);
    }

    /** The body is the file itself; its name comes in {@code fileName}. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Type") String contentType, InputStream content) {
        return Response.status(201).entity(GrievanceFiles.refusingAfterDraining(content,
                () -> incidents.attach(id, fileName == null ? "" : fileName, contentType,
                        GrievanceFiles.upload(content, headers)))).build();
    }

    @GET
    @Path("{id}/tasks")
    public List<TaskRowJson> tasks(@PathParam("id") long id) {
        LocalDate today = clock.today();
        return incidents.tasks(id).stream().map(t -> TaskRowJson.of(t, today)).toList();
    }

    @POST
    @Path("{id}/tasks")
    public Response addTask(@PathParam("id") long id, TaskJson json) {
        return Response.status(201).entity(TaskRowJson.of(incidents.addTask(id, json.title(), json.assignee(),
                json.dueOn()), clock.today())).build();
    }

    @POST
    @Path("tasks/{taskId}/done")
    public TaskRowJson done(@PathParam("taskId") long taskId, VersionJson json) {
        return TaskRowJson.of(incidents.completeTask(taskId, json.version()), clock.today());
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, CommentJson json) {
        return Response.status(201).entity(EventJson.of(incidents.comment(id, json.text()))).build();
    }

    @GET
    @Path("{id}/timeline")
    public List<EventJson> timeline(@PathParam("id") long id) {
        return incidents.timeline(id).stream().map(EventJson::of).toList();
    }

    @GET
    @Path("{id}/offences")
    public List<OffenceJson> offences(@PathParam("id") long id, @QueryParam("designationId") long designationId) {
        return charges.offences(id, designationId).stream().map(p -> new OffenceJson(p.getCode(), p.getAct().name(),
                p.getArticle(), p.getNameJa(), p.getNameEn(), p.isConfirmed(), p.getMaxPrisonMonths(), p.getMaxFineYen(),
                p.isFineCumulative(), p.isFineAlternative(), p.getCorporateFineYen())).toList();
    }

    @GET
    @Path("{id}/charges")
    public List<ChargeRow> charges(@PathParam("id") long id) {
        return charges.charges(id);
    }

    @POST
    @Path("{id}/charges")
    public Response lay(@PathParam("id") long id, ChargeJson json) {
        return Response.status(201).entity(charges.lay(id, json.partyId(), json.designationId(), json.penaltyCode()))
                .build();
    }

    @GET
    @Path("statistics")
    public List<StatisticsLine> statistics(@QueryParam("year") Integer year) {
        return charges.statistics(year);
    }
}
