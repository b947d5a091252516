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
import jp.clearance.incident.boundary.ChargeRow;
import jp.clearance.incident.boundary.Charges;
import jp.clearance.incident.boundary.LedgerFilter;
import jp.clearance.incident.boundary.LedgerTotals;
import jp.clearance.incident.control.Sentence;
import jp.clearance.incident.entity.JudgmentOutcome;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;

/** {@code /api/charges}: the proceedings of a charge (referral, decision, judgment, appeal, final, payment), the ledger and its totals. */
@Path("charges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChargesResource {
    @Inject
    Charges charges;

    public record StepJson(long version, LocalDate on) {
    }

    public record DecisionJson(long version, boolean indicted, LocalDate on) {
    }

    public record JudgmentJson(long version, String court, LocalDate on, JudgmentOutcome outcome, Integer prisonMonths,
                               boolean suspended, Integer suspensionMonths, Long fineYen) {
    }

    public record PaymentJson(long version, long amountYen, LocalDate on) {
    }

    @GET
    @Path("{id}")
    public ChargeRow find(@PathParam("id") long id) {
        return charges.find(id);
    }

    @POST
    @Path("{id}/referral")
    public ChargeRow refer(@PathParam("id") long id, StepJson json) {
        return charges.refer(id, json.version(), json.on());
    }

    @POST
    @Path("{id}/decision")
    public ChargeRow decide(@PathParam("id") long id, DecisionJson json) {
        return charges.decide(id, json.version(), json.indicted(), json.on());
    }

    @POST
    @Path("{id}/judgment")
    public ChargeRow judge(@PathParam("id") long id, JudgmentJson json) {
        return charges.judge(id, json.version(), json.court(), json.on(), json.outcome(),
                new Sentence(json.prisonMonths(), json.suspended(), json.suspensionMonths(), json.fineYen()));
    }

    @POST
    @Path("{id}/appeal")
    public ChargeRow appeal(@PathParam("id") long id, StepJson json) {
        return charges.appeal(id, json.version(), json.on());
    }

    @POST
    @Path("{id}/final")
    public ChargeRow finalize(@PathParam("id") long id, StepJson json) {
        return charges.finalize(id, json.version(), json.on());
    }

    @POST
    @Path("{id}/payment")
    public ChargeRow pay(@PathParam("id") long id, PaymentJson json) {
        return charges.recordPayment(id, json.version(), json.amountYen(), json.on());
    }

    @GET
    @Path("ledger")
    public Page<ChargeRow> ledger(@QueryParam("corporate") Boolean corporate, @QueryParam("year") Integer year,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return charges.ledger(new LedgerFilter(corporate, year), PageRequest.of(first, size));
    }

    /** Fines imposed, paid and outstanding for people and for companies (same filter as the ledger). */
    @GET
    @Path("ledger/totals")
    public List<LedgerTotals> totals(@QueryParam("corporate") Boolean corporate, @QueryParam("year") Integer year) {
        return charges.ledgerTotals(new LedgerFilter(corporate, year));
    }

    @GET
    @Path("ledger/export")
    @Produces("text/csv")
    public Response export(@QueryParam("corporate") Boolean corporate, @QueryParam("year") Integer year) {
        return Response.ok(charges.ledgerCsv(new LedgerFilter(corporate, year)))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"penalty-ledger.csv\"").build();
    }
}
