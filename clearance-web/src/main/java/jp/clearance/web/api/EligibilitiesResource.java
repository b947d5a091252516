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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.vetting.boundary.Eligibilities;
import jp.clearance.vetting.boundary.EligibilityFilter;
import jp.clearance.vetting.boundary.EligibilityRow;
import jp.clearance.vetting.entity.Eligibility;
import jp.clearance.vetting.entity.EligibilityStatus;

/** {@code /api/eligibilities}: eligibility records; external records and status changes (ADMIN). */
@Path("eligibilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilitiesResource {
    @Inject
    Eligibilities eligibilities;

    public record ExternalJson(long personId, String levelCode, long organId, String externalReference,
                               LocalDate notifiedOn, LocalDate validUntil) {
    }

    public record EligibilityJson(long id, long version, long personId, String levelCode, String organCode,
                                  String source, LocalDate notifiedOn, LocalDate validUntil, EligibilityStatus status) {
        static EligibilityJson of(Eligibility e) {
            return new EligibilityJson(e.getId(), e.getVersion(), e.getPerson().getId(), e.getLevelCode(),
                    e.getOrgan().getCode(), e.getSource().name(), e.getNotifiedOn(), e.getValidUntil(), e.getStatus());
        }
    }

    /** The reason of a status change, and optionally the version the caller saw (a later change is then refused). */
    public record ReasonJson(String reason, Long version) {
    }

    @GET
    public Page<EligibilityRow> list(@QueryParam("personId") Long personId, @QueryParam("organId") Long organId,
                                     @QueryParam("status") EligibilityStatus status,
                                     @QueryParam("expiringBy") String expiringBy,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return eligibilities.search(new EligibilityFilter(personId, organId, status,
                expiringBy == null || expiringBy.isBlank() ? null : LocalDate.parse(expiringBy)), PageRequest.of(first, size));
    }

    @POST
    public Response record(ExternalJson json) {
        Eligibility e = eligibilities.recordExternal(json.personId(), json.levelCode(), json.organId(),
                json.externalReference(), json.notifiedOn(), json.validUntil());
        return Response.status(201).entity(EligibilityJson.of(e)).build();
    }

    @POST
    @Path("{id}/suspension")
    public EligibilityJson suspend(@PathParam("id") long id, ReasonJson json) {
        return EligibilityJson.of(eligibilities.suspend(id, json.version(), json.reason()));
    }

    @POST
    @Path("{id}/reinstatement")
    public EligibilityJson reinstate(@PathParam("id") long id, ReasonJson json) {
        return EligibilityJson.of(eligibilities.reinstate(id, json.version(), json.reason()));
    }

    @POST
    @Path("{id}/revocation")
    public EligibilityJson revoke(@PathParam("id") long id, ReasonJson json) {
        return EligibilityJson.of(eligibilities.revoke(id, json.version(), json.reason()));
    }
}
