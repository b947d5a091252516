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
import java.util.List;
import java.util.Map;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.vetting.boundary.CertificateRow;
import jp.clearance.vetting.boundary.Certificates;
import jp.clearance.vetting.boundary.CircumstanceView;
import jp.clearance.vetting.boundary.EvaluationView;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.entity.CircumstanceChange;
import jp.clearance.vetting.entity.CircumstanceKind;

/**
 * {@code /api/certificates}: a holder's certificates and their PDF, certificates expiring soon (officers), reminders,
 * re-evaluation from a certificate, and changes of circumstances reported by a holder.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificatesResource {
    @Inject
    Certificates certificates;

    @Inject
    Evaluations evaluations;

    public record ChangeJson(CircumstanceKind kind, String description) {
    }

    public record ChangeView(Long id, Long personId, String kind, String description, LocalDate reportedOn) {
        static ChangeView of(CircumstanceChange c) {
            return new ChangeView(c.getId(), c.getPerson().getId(), c.getKind().name(), c.getDescription(), c.getReportedOn());
        }
    }

    public record ScopeJson(String scope) {
    }

    @GET
    @Path("mine")
    public List<CertificateRow> mine() {
        return certificates.mine();
    }

    @GET
    @Path("expiring")
    public Page<CertificateRow> expiring(@QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("size") @DefaultValue("50") int size) {
        return certificates.expiring(PageRequest.of(first, size));
    }

    @POST
    @Path("reminders")
    public Map<String, Integer> reminders() {
        return Map.of("sent", certificates.sendReminders());
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(certificates.certificate(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/re-evaluation")
    public Response reEvaluate(@PathParam("id") long id, ScopeJson json) {
        long created = evaluations.reEvaluate(id, json == null ? null : json.scope()).getId();
        EvaluationView view = evaluations.status(created);
        return Response.status(201).entity(view).build();
    }

    @POST
    @Path("changes")
    public Response report(ChangeJson json) {
        return Response.status(201).entity(ChangeView.of(certificates.reportChange(json.kind(), json.description()))).build();
    }

    /** The description only for the holder and the privacy circle (decided by the boundary; null is left out). */
    @GET
    @Path("changes")
    public List<CircumstanceView> changes(@QueryParam("personId") long personId) {
        return certificates.changes(personId);
    }
}
