package jp.clearance.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.vetting.boundary.Adjudications;
import jp.clearance.vetting.boundary.EvaluationRow;
import jp.clearance.vetting.boundary.EvaluationView;
import jp.clearance.vetting.boundary.Evaluations;
import jp.clearance.vetting.boundary.ImportReport;
import jp.clearance.vetting.boundary.InvestigationFile;
import jp.clearance.vetting.boundary.Investigations;
import jp.clearance.vetting.boundary.QueueFilter;
import jp.clearance.vetting.boundary.Questionnaires;
import jp.clearance.vetting.boundary.Result;
import jp.clearance.vetting.boundary.ReuseCandidate;
import jp.clearance.vetting.boundary.SectionView;
import jp.clearance.vetting.entity.Evaluation;
import jp.clearance.vetting.entity.EvaluationState;
import jp.clearance.web.platform.Messages;

/**
 * {@code /api/evaluations}: the eligibility evaluation from nomination to result, through the same boundaries (and so
 * the same roles, state machine and privacy circle) as the portal. Actions take the {@code version} the client saw.
 */
@Path("evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationsResource {
    @Inject
    Evaluations evaluations;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Investigations investigations;

    @Inject
    Adjudications adjudications;

    @Context
    HttpHeaders headers;

    private static final Jsonb JSONB = JsonbBuilder.create();

    public record NominationJson(Long personId, String levelCode, String scope) {
    }

    public record ActionJson(long version, Integer noticeVersion, Boolean withholdReasons, Boolean declaration,
                             String reason, Set<String> sections, String report, Boolean favourable,
                             Map<String, String> findings, Map<String, Boolean> checklist, String reasons, Long priorId,
                             Long eligibilityId, java.time.LocalDate receivedOn) {
    }

    /** A section's entries; for the employment section, the explanations of its flagged gaps (absent: kept as saved). */
    public record SectionJson(List<Map<String, String>> entries, Map<String, String> gapExplanations) {
    }

    /** A line error of an import, with its message in the caller's language. */
    public record ImportErrorJson(int line, String key, String message) {
    }

    public record ImportJson(boolean ok, String batch, List<Long> created, List<ImportErrorJson> errors) {
    }

    public record StateJson(Long id, long version, String state) {
        static StateJson of(Evaluation e) {
            return new StateJson(e.getId(), e.getVersion(), e.getState().name());
        }
    }

    /**
     * An evaluation's status as JSON, with {@code nextStep} in the caller's language and its bundle key in
     * {@code nextStepKey} (for programs): no untranslated key reaches a user.
     */
    private JsonObject localized(EvaluationView view) {
        JsonObject plain;
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(view)))) {
            plain = reader.readObject();
        }
        if (view.nextStep() == null) {
            return plain;
        }
        return Json.createObjectBuilder(plain).add("nextStepKey", view.nextStep())
                .add("nextStep", Messages.text(locale(), view.nextStep())).build();
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? Locale.JAPANESE : headers.getAcceptableLanguages().get(0);
    }

    @POST
    public Response nominate(NominationJson json) {
        Evaluation e = evaluations.nominate(json.personId() == null ? -1 : json.personId(), json.levelCode(), json.scope());
        return Response.status(201).entity(localized(evaluations.status(e.getId()))).build();
    }

    /** A nomination list as CSV (UTF-8): 200 with the ids, or 422 with every line's error and nothing imported. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importList(String csv) {
        ImportReport report = evaluations.importNominations(csv);
        Locale locale = locale();
        List<ImportErrorJson> errors = report.errors().stream().map(err -> new ImportErrorJson(err.line(),
                "error." + err.key(), Messages.text(locale, "error." + err.key(), err.args().toArray()))).toList();
        return Response.status(report.ok() ? 200 : 422)
                .entity(new ImportJson(report.ok(), report.batch(), report.created(), errors)).build();
    }

    @GET
    public Page<EvaluationRow> queue(@QueryParam("view") String view, @QueryParam("state") EvaluationState state,
                                     @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                     @QueryParam("mine") @DefaultValue("false") boolean mine,
                                     @QueryParam("text") String text,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return evaluations.queue(new QueueFilter(view, state, overdue, mine, text), PageRequest.of(first, size));
    }

    @GET
    @Path("mine")
    public List<JsonObject> mine() {
        return evaluations.mine().stream().map(this::localized).toList();
    }

    @GET
    @Path("notice")
    public Map<String, Integer> notice() {
        return Map.of("version", evaluations.noticeVersion());
    }

    @GET
    @Path("{id}")
    public JsonObject status(@PathParam("id") long id) {
        return localized(evaluations.status(id));
    }

    @POST
    @Path("{id}/cancel")
    public StateJson cancel(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(evaluations.cancel(id, a.version()));
    }

    @POST
    @Path("{id}/consent")
    public StateJson consent(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(evaluations.consent(id, a.version(), a.noticeVersion() == null ? -1 : a.noticeVersion(),
                Boolean.TRUE.equals(a.withholdReasons())));
    }

    @POST
    @Path("{id}/refuse")
    public StateJson refuse(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(evaluations.refuse(id, a.version()));
    }

    @POST
    @Path("{id}/withdraw")
    public StateJson withdraw(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(evaluations.withdraw(id, a.version()));
    }

    /** The case's history: its nomination and every change of state, with who acted and when (oldest first). */
    @GET
    @Path("{id}/history")
    public List<jp.clearance.vetting.boundary.EvaluationStep> history(@PathParam("id") long id) {
        return evaluations.history(id);
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response letter(@PathParam("id") long id) {
        return Response.ok(evaluations.nonConsentLetter(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"non-consent-" + id + ".pdf\"").build();
    }

    /** The officer records the receipt of the signed letter of non-consent ({@code receivedOn}, ISO date). */
    @POST
    @Path("{id}/letter")
    public StateJson letterReceived(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(evaluations.recordSignedLetter(id, a.version(), a.receivedOn()));
    }

    @GET
    @Path("{id}/questionnaire")
    public List<SectionView> questionnaire(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return questionnaires.read(id, purpose);
    }

    @GET
    @Path("{id}/review")
    public List<SectionView> review(@PathParam("id") long id) {
        return questionnaires.review(id);
    }

    @PUT
    @Path("{id}/questionnaire/{code}")
    public SectionView save(@PathParam("id") long id, @PathParam("code") String code, SectionJson json) {
        return questionnaires.save(id, code, json == null ? List.of() : json.entries(),
                json == null ? null : json.gapExplanations(), null);
    }

    @POST
    @Path("{id}/submit")
    public StateJson submit(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(questionnaires.submit(id, a.version(), Boolean.TRUE.equals(a.declaration())));
    }

    @POST
    @Path("{id}/take")
    public StateJson take(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(investigations.take(id, a.version()));
    }

    @PUT
    @Path("{id}/investigation")
    public StateJson work(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(investigations.saveWork(id, a.version(), a.checklist(), a.findings()));
    }

    @POST
    @Path("{id}/return")
    public StateJson returnForCorrection(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(investigations.returnForCorrection(id, a.version(), a.reason(), a.sections()));
    }

    @POST
    @Path("{id}/report")
    public StateJson report(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(investigations.completeReport(id, a.version(), a.report()));
    }

    @GET
    @Path("{id}/file")
    public InvestigationFile file(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return investigations.file(id, purpose);
    }

    @POST
    @Path("{id}/decision")
    public StateJson decide(@PathParam("id") long id, ActionJson a) {
        return StateJson.of(adjudications.decide(id, a.version(), a.favourable(), a.findings(),
                a.reasons()));
    }

    @GET
    @Path("{id}/result")
    public Result result(@PathParam("id") long id) {
        return evaluations.result(id);
    }

    @GET
    @Path("{id}/reuse")
    public List<ReuseCandidate> reusable(@PathParam("id") long id) {
        return evaluations.reusable(id);
    }

    @POST
    @Path("{id}/reuse")
    public StateJson reuse(@PathParam("id") long id, ActionJson a) {
        if (a.eligibilityId() != null) {
            return StateJson.of(evaluations.reuse(id, a.version(), a.eligibilityId()));
        }
        return StateJson.of(evaluations.reuseEvaluation(id, a.version(), a.priorId() == null ? -1 : a.priorId()));
    }
}
