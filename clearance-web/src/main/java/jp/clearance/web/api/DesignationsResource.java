package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import jp.clearance.designation.boundary.DesignationFilter;
import jp.clearance.designation.boundary.DesignationRow;
import jp.clearance.designation.boundary.Designations;
import jp.clearance.designation.boundary.HandlerRegisters;
import jp.clearance.designation.boundary.HandlerRow;
import jp.clearance.designation.control.HandlerCondition;
import jp.clearance.designation.control.HandlerConflict;
import jp.clearance.designation.entity.Designation;
import jp.clearance.designation.entity.DesignationEvent;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.designation.entity.DesignationStatus;
import jp.clearance.designation.entity.Provision;
import jp.clearance.designation.entity.RecipientKind;
import jp.clearance.person.boundary.PersonRow;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.web.platform.Messages;

/**
 * {@code /api/designations}: the designation register (list, CSV), the record (audited read), designation,
 * extension, declassification, history, provisions, and the handler register with the access-rule check.
 */
@Path("designations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DesignationsResource {
    @Inject
    Designations designations;

    @Inject
    HandlerRegisters registers;

    @Inject
    ApplicationClock clock;

    @Context
    HttpHeaders headers;

    /** The JSON shape of a new designation. */
    public record NewDesignationJson(String referenceNumber, String title, String summary, String levelCode,
                                     String categoryCode, String itemCode, String designatingOfficial,
                                     LocalDate designatedOn, LocalDate validUntil, String marking) {
        Designation toEntity() {
            Designation d = new Designation();
            d.setReferenceNumber(referenceNumber);
            d.setTitle(title);
            d.setSummary(summary);
            d.setLevelCode(levelCode);
            d.setCategoryCode(categoryCode);
            d.setItemCode(itemCode);
            d.setDesignatingOfficial(designatingOfficial);
            d.setDesignatedOn(designatedOn);
            d.setValidUntil(validUntil);
            d.setMarking(marking);
            return d;
        }
    }

    /** The JSON shape of the full record (summary included). */
    public record DesignationJson(long id, long version, String organCode, String referenceNumber, String title,
                                  String summary, String levelCode, String act, String categoryCode, String itemCode,
                                  String designatingOfficial, LocalDate designatedOn, LocalDate validUntil,
                                  String marking, String cabinetApproval, DesignationStatus status, LocalDate endedOn,
                                  String endReason) {
        static DesignationJson of(Designation d, LocalDate today) {
            return new DesignationJson(d.getId(), d.getVersion(), d.getOrgan().getCode(), d.getReferenceNumber(),
                    d.getTitle(), d.getSummary(), d.getLevelCode(), d.getAct().name(), d.getCategoryCode(),
                    d.getItemCode(), d.getDesignatingOfficial(), d.getDesignatedOn(), d.getValidUntil(), d.getMarking(),
                    d.getCabinetApproval(), d.statusOn(today), d.getEndedOn(), d.getEndReason());
        }
    }

    public record ExtensionJson(long version, LocalDate validUntil, String cabinetApproval, String note) {
    }

    public record DeclassificationJson(long version, LocalDate on, String reason) {
    }

    public record EventJson(DesignationEventKind kind, LocalDateTime occurredAt, String actor, LocalDate effectiveOn,
                            LocalDate untilBefore, LocalDate untilAfter, String note) {
        static EventJson of(DesignationEvent e) {
            return new EventJson(e.getKind(), e.getOccurredAt(), e.getActor(), e.getEffectiveOn(), e.getUntilBefore(),
                    e.getUntilAfter(), e.getNote());
        }
    }

    public record ProvisionJson(Long id, RecipientKind recipientKind, Long recipientId, String recipientCode,
                                String recipientName, LocalDate providedOn, String legalBasis, String note,
                                Long certificationId) {
        static ProvisionJson of(Provision p) {
            return new ProvisionJson(p.getId(), p.getRecipientKind(), p.getRecipient() == null ? null : p.getRecipient().getId(),
                    p.getRecipient() == null ? null : p.getRecipient().getCode(), p.getRecipientName(), p.getProvidedOn(),
                    p.getLegalBasis(), p.getNote(), p.getCertification() == null ? null : p.getCertification().getId());
        }

        Provision toEntity() {
            Provision p = new Provision();
            p.setRecipientKind(recipientKind);
            p.setRecipientName(recipientName);
            p.setProvidedOn(providedOn);
            p.setLegalBasis(legalBasis);
            p.setNote(note);
            return p;
        }
    }

    public record HandlerJson(long personId) {
    }

    public record RemovalJson(long version, String note) {
    }

    /** A failed condition of the access rule, with its explanation in the caller's language. */
    public record ConditionJson(HandlerCondition condition, String message) {
    }

    /** A record overridden by a later adverse act (condition LATER_ADVERSE_DECISION), in the caller's language. */
    public record ConflictJson(HandlerConflict.Kind kind, long eligibilityId, long actId, String message) {
    }

    public record CheckJson(boolean eligible, List<ConditionJson> failed, List<ConflictJson> conflicts) {
    }

    @GET
    public Page<DesignationRow> list(@QueryParam("text") String text, @QueryParam("level") String level,
                                     @QueryParam("status") DesignationStatus status,
                                     @QueryParam("expiring") @DefaultValue("false") boolean expiring,
                                     @QueryParam("organId") Long organId,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort,
                                     @QueryParam("desc") @DefaultValue("false") boolean desc) {
        return designations.search(new DesignationFilter(text, level, status, expiring, organId),
                new PageRequest(first, size, sort, !desc));
    }

    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("text") String text, @QueryParam("level") String level,
                           @QueryParam("status") DesignationStatus status,
                           @QueryParam("expiring") @DefaultValue("false") boolean expiring,
                           @QueryParam("organId") Long organId) {
        return Response.ok(designations.exportCsv(new DesignationFilter(text, level, status, expiring, organId)))
                .header("Content-Disposition", "attachment; filename=\"designations.csv\"").build();
    }

    @GET
    @Path("mine")
    public List<DesignationRow> mine() {
        return designations.mine();
    }

    @GET
    @Path("{id}")
    public DesignationJson read(@PathParam("id") long id, @QueryParam("purpose") @DefaultValue("API read") String purpose) {
        return DesignationJson.of(designations.read(id, purpose), clock.today());
    }

    @GET
    @Path("{id}/register-line")
    public DesignationRow registerLine(@PathParam("id") long id) {
        return designations.find(id);
    }

    @POST
    public Response create(NewDesignationJson json, @Context UriInfo uri) {
        Designation d = designations.create(json.toEntity());
        return Response.created(uri.getAbsolutePathBuilder().path(d.getId().toString()).build())
                .entity(designations.find(d.getId())).build();
    }

    @POST
    @Path("{id}/extension")
    public DesignationRow extend(@PathParam("id") long id, ExtensionJson json) {
        designations.extend(id, json.version(), json.validUntil(), json.cabinetApproval(), json.note());
        return designations.find(id);
    }

    @POST
    @Path("{id}/declassification")
    public DesignationRow declassify(@PathParam("id") long id, DeclassificationJson json) {
        designations.declassify(id, json.version(), json.on(), json.reason());
        return designations.find(id);
    }

    @GET
    @Path("{id}/history")
    public List<EventJson> history(@PathParam("id") long id) {
        return designations.history(id).stream().map(EventJson::of).toList();
    }

    @GET
    @Path("{id}/provisions")
    public List<ProvisionJson> provisions(@PathParam("id") long id) {
        return designations.provisions(id).stream().map(ProvisionJson::of).toList();
    }

    @POST
    @Path("{id}/provisions")
    public Response provide(@PathParam("id") long id, ProvisionJson json) {
        return Response.status(201).entity(ProvisionJson.of(designations.provide(id, json.toEntity(), json.recipientId())))
                .build();
    }

    @GET
    @Path("{id}/handlers")
    public List<HandlerRow> handlers(@PathParam("id") long id, @QueryParam("all") @DefaultValue("false") boolean all) {
        return registers.entries(id, all);
    }

    @GET
    @Path("{id}/candidates")
    public List<PersonRow> candidates(@PathParam("id") long id, @QueryParam("name") String name) {
        return registers.candidates(id, name);
    }

    @GET
    @Path("{id}/handlers/check")
    public CheckJson check(@PathParam("id") long id, @QueryParam("personId") long personId) {
        return checkJson(id, personId, registers.check(id, personId));
    }

    /** Adds a handler; when the access rule does not hold, 422 with every failed condition explained. */
    @POST
    @Path("{id}/handlers")
    public Response add(@PathParam("id") long id, HandlerJson json) {
        List<HandlerCondition> failed = registers.check(id, json.personId());
        if (!failed.isEmpty()) {
            CheckJson check = checkJson(id, json.personId(), failed);
            List<String> violations = new java.util.ArrayList<>(
                    check.failed().stream().map(c -> c.condition() + ": " + c.message()).toList());
            check.conflicts().forEach(c -> violations.add(c.kind() + ": " + c.message()));
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError("error.designation.handlerNotEligible",
                            Messages.text(locale(), "error.designation.handlerNotEligible"), violations)).build();
        }
        return Response.status(201).entity(registers.add(id, json.personId()).getId()).build();
    }

    @POST
    @Path("handlers/{entryId}/removal")
    public Response remove(@PathParam("entryId") long entryId, RemovalJson json) {
        registers.remove(entryId, json.version(), json.note());
        return Response.noContent().build();
    }

    private CheckJson checkJson(long designationId, long personId, List<HandlerCondition> failed) {
        Locale locale = locale();
        List<ConflictJson> conflicts = failed.contains(HandlerCondition.LATER_ADVERSE_DECISION)
                ? registers.conflicts(designationId, personId).stream().map(c -> new ConflictJson(c.kind(),
                        c.eligibilityId(), c.actId(), Messages.text(locale, c.messageKey(), c.messageArgs()))).toList()
                : List.of();
        return new CheckJson(failed.isEmpty(), failed.stream()
                .map(c -> new ConditionJson(c, Messages.text(locale, "designation.condition." + c.name()))).toList(),
                conflicts);
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.JAPANESE
                : headers.getAcceptableLanguages().get(0);
    }
}
