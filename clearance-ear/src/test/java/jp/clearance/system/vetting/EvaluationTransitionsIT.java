package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.Portal;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The refused transitions of the eligibility evaluation on the real server, through the API, each with its status, its
 * error key and the evaluation left as it was (state and version); cancellation, withdrawal from every state before the
 * decision, who may act on a case (the assigned investigator, the adjudicator of the requesting organ, four eyes also
 * over a reused investigation), re-evaluation, reuse refused, stale versions, and the holes of the privacy circle.
 * {@link EvaluationsIT} has the journeys; this class does not repeat them.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationTransitionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private VettingFixture fx() {
        return new VettingFixture(base);
    }

    /** An evaluation as an auditor sees it: state and version. */
    private record Snapshot(long id, String state, long version, String investigator) {
    }

    private Snapshot snap(long id) {
        JsonObject e = Api.as(base, "auditor").get("evaluations/" + id).json();
        return new Snapshot(id, e.getString("state"), e.getJsonNumber("version").longValue(),
                !e.containsKey("investigator") || e.isNull("investigator") ? null : e.getString("investigator"));
    }

    /** The request was refused with this status and key, and the evaluation is exactly as it was before. */
    private void refused(Api.Response r, int status, String key, Snapshot before, String what) {
        assertEquals(status, r.status(), what + ": " + r);
        assertEquals(key, r.json().getString("key"), what + ": " + r);
        assertFalse(r.json().getString("message").isBlank(), what + ": a message in the caller's language");
        assertEquals(before, snap(before.id()), what + ": the evaluation did not change");
    }

    private void refused(Api.Response r, String key, Snapshot before, String what) {
        refused(r, 422, key, before, what);
    }

    private List<String> transitions(VettingFixture fx, long id) {
        return fx.audit("Evaluation", id).stream().filter(e -> e.getString("action").equals("TRANSITION"))
                .map(e -> e.getString("detail").split(";")[0].trim()).toList();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Nomination: cancel, consent, refuse
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void theOfficerCancelsAnUnansweredNominationAndThePersonIsToldAndCanNoLongerAnswer() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        Snapshot nominated = snap(id);
        assertEquals("NOMINATED", nominated.state());

        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        refused(fx.actAt(modOfficer, id, "cancel", nominated.version(), null), 404, "error.notFound", nominated,
                "an officer of another organ");
        String caoOfficer = fx.login("CAO", "AGENCY_SECURITY_OFFICER");
        refused(fx.actAt(caoOfficer, id, "cancel", nominated.version(), null), 404, "error.notFound", nominated,
                "a central officer sees every case but cancels only the nominations of their own organ");
        assertEquals(403, fx.actAt(p.username(), id, "cancel", nominated.version(), null).status(),
                "the person refuses, they do not cancel");

        Api.Response cancelled = fx.act("officer", id, "cancel", null);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        Snapshot after = snap(id);
        assertEquals("CANCELLED", after.state());
        assertEquals(List.of("NOMINATED -> CANCELLED"), transitions(fx, id));
        assertTrue(fx.transfers(id).isEmpty(), "a cancelled nomination is no refusal: no transfer record");

        refused(fx.act(p.username(), id, "consent", "\"noticeVersion\":" + Api.as(base, p.username())
                .get("evaluations/notice").json().getInt("version")), "error.vetting.transition", after, "consent after cancel");
        refused(fx.act(p.username(), id, "refuse", null), "error.vetting.transition", after, "refuse after cancel");
        refused(fx.act(p.username(), id, "withdraw", null), "error.vetting.transition", after, "withdraw after cancel");
        refused(fx.act("officer", id, "cancel", null), "error.vetting.transition", after, "cancel twice");
        refused(fx.save(p, id, "IDENTITY", "[{\"domicile\":\"x\",\"address\":\"y\"}]"), "error.vetting.q.readOnly", after,
                "no questionnaire for a cancelled nomination");
        assertEquals(422, Api.as(base, p.username()).get("evaluations/" + id + "/letter.pdf").status(),
                "no letter of non-consent");
        assertEquals("CANCELLED", fx.array(Api.as(base, p.username()).get("evaluations/mine")).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getString("state"));

        Portal portal = new Portal(base);
        portal.login(p.username(), Api.DEMO_PASSWORD);
        Portal.Page notifications = portal.get("notifications.xhtml");
        assertTrue(notifications.contains("経済産業省はあなたの適性評価の推薦を取り下げました。回答の必要はありません。"),
                notifications.html());

        // The person can be nominated again for the same level: a cancelled nomination is not open.
        long again = fx.nominate("officer", p);
        assertEquals("NOMINATED", fx.state(p.username(), again));
    }

    @Test
    void aConsentedEvaluationCanNeitherBeCancelledNorRefused() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        Snapshot consented = snap(id);
        assertEquals("QUESTIONNAIRE", consented.state());
        refused(fx.act("officer", id, "cancel", null), "error.vetting.transition", consented, "cancel after consent");
        refused(fx.act(p.username(), id, "refuse", null), "error.vetting.transition", consented,
                "refuse after consent (the person withdraws instead)");
        assertTrue(fx.transfers(id).isEmpty());
    }

    @Test
    void onlyThePersonConsentsAndOnlyToTheNoticeInForce() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        Person colleague = fx.person("METI");
        long id = fx.nominate("officer", p);
        Snapshot nominated = snap(id);
        int notice = Api.as(base, p.username()).get("evaluations/notice").json().getInt("version");

        refused(fx.actAt(colleague.username(), id, "consent", nominated.version(), "\"noticeVersion\":" + notice), 404,
                "error.notFound", nominated, "another employee consents for the person");
        refused(fx.actAt(colleague.username(), id, "refuse", nominated.version(), null), 404, "error.notFound", nominated,
                "another employee refuses for the person");
        assertEquals(403, fx.actAt("officer", id, "consent", nominated.version(), "\"noticeVersion\":" + notice).status(),
                "the officer cannot consent for the person");
        assertEquals(nominated, snap(id));
        refused(fx.act(p.username(), id, "consent", "\"noticeVersion\":" + (notice - 1)), "error.vetting.noticeOutdated",
                nominated, "consent to an earlier notice");
        refused(fx.act(p.username(), id, "consent", null), "error.vetting.noticeOutdated", nominated,
                "consent without having read a notice");
        refused(fx.act(p.username(), id, "submit", "\"declaration\":true"), "error.vetting.transition", nominated,
                "submit before consent");
        refused(fx.act(p.username(), id, "withdraw", null), "error.vetting.withdrawBeforeConsent", nominated,
                "withdraw before consent");
        assertTrue(fx.transfers(id).isEmpty());

        fx.consent(p, id);
        JsonObject status = Api.as(base, p.username()).get("evaluations/" + id).json();
        assertEquals(notice, status.getInt("noticeVersion"), "consent is recorded with the notice version");
        assertFalse(status.isNull("consentAt"));
    }

    @Test
    void aQuestionnaireIsSubmittedOnce() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.submitted(p);
        Snapshot submitted = snap(id);
        assertEquals("SUBMITTED", submitted.state());
        refused(fx.act(p.username(), id, "submit", "\"declaration\":true"), "error.vetting.transition", submitted,
                "submit twice");
        Person other = fx.person("METI");
        refused(fx.actAt(other.username(), id, "submit", submitted.version(), "\"declaration\":true"), 404,
                "error.notFound", submitted, "someone else submits");
        refused(fx.act(p.username(), id, "refuse", null), "error.vetting.transition", submitted, "refuse after submission");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Withdrawal
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void consentIsWithdrawnFromEveryStateBeforeTheDecisionAndEachWithdrawalOpensATransferRecord() {
        VettingFixture fx = fx();
        Map<String, Long> cases = new LinkedHashMap<>();
        Map<String, Person> people = new LinkedHashMap<>();
        for (String state : List.of("QUESTIONNAIRE", "SUBMITTED", "INVESTIGATING", "RETURNED", "REPORTED")) {
            Person p = fx.person("METI");
            people.put(state, p);
            long id = fx.nominate("officer", p);
            fx.consent(p, id);
            if (!state.equals("QUESTIONNAIRE")) {
                fx.fillIn(p, id);
                fx.submit(p, id);
            }
            if (state.equals("INVESTIGATING") || state.equals("RETURNED")) {
                assertEquals(200, fx.act("investigator", id, "take", null).status());
            }
            if (state.equals("RETURNED")) {
                assertEquals(200, fx.act("investigator", id, "return",
                        "\"reason\":\"職歴を直してください。\",\"sections\":[\"EMPLOYMENT\"]").status());
            }
            if (state.equals("REPORTED")) {
                fx.investigate("investigator", id);
            }
            assertEquals(state, fx.state("auditor", id));
            cases.put(state, id);
        }
        cases.forEach((state, id) -> {
            Person p = people.get(state);
            Api.Response w = fx.act(p.username(), id, "withdraw", null);
            assertEquals(200, w.status(), state + ": " + w);
            assertEquals("WITHDRAWN", w.json().getString("state"));
            assertEquals("WITHDRAWN", fx.state("officer", id), state);
            assertTrue(transitions(fx, id).contains(state + " -> WITHDRAWN"), state + ": " + transitions(fx, id));
            List<String> transfers = fx.transfers(id);
            assertEquals(1, transfers.size(), state + ": " + transfers);
            assertTrue(transfers.get(0).startsWith("evaluation=" + id + "; reason=WITHDRAWAL"), transfers.get(0));
            assertEquals(200, Api.as(base, p.username()).get("evaluations/" + id + "/letter.pdf").status(),
                    state + ": the letter of withdrawal is there for signature");
        });

        // Nothing follows a withdrawal.
        Snapshot returned = snap(cases.get("RETURNED"));
        refused(fx.save(people.get("RETURNED"), returned.id(), "EMPLOYMENT", VettingFixture.employment(null)),
                "error.vetting.q.readOnly", returned, "correct a withdrawn questionnaire");
        refused(fx.act(people.get("RETURNED").username(), returned.id(), "submit", "\"declaration\":true"),
                "error.vetting.transition", returned, "resubmit a withdrawn questionnaire");
        Snapshot investigating = snap(cases.get("INVESTIGATING"));
        refused(Api.as(base, "investigator").put("evaluations/" + investigating.id() + "/investigation", "{\"version\":"
                        + investigating.version() + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":"
                        + fx.findings("x") + "}"), "error.vetting.investigation.notActive", investigating,
                "work on a withdrawn case");
        Snapshot reported = snap(cases.get("REPORTED"));
        refused(fx.decide("adjudicator", reported.id(), true, "撤回後の判定"), "error.vetting.transition", reported,
                "decide a withdrawn case");
        refused(fx.act(people.get("REPORTED").username(), reported.id(), "withdraw", null), "error.vetting.transition",
                reported, "withdraw twice");
        assertEquals(1, fx.transfers(reported.id()).size(), "one transfer record only");
    }

    @Test
    void nothingIsWithdrawnAfterTheDecision() {
        VettingFixture fx = fx();
        Person favoured = fx.person("METI");
        long fav = fx.favourable(favoured);
        Snapshot decided = snap(fav);
        refused(fx.act(favoured.username(), fav, "withdraw", null), "error.vetting.transition", decided,
                "withdraw after a favourable decision");
        assertTrue(fx.transfers(fav).isEmpty());

        Person unfavoured = fx.person("METI");
        long unf = fx.reported(unfavoured);
        assertEquals(200, fx.decide("adjudicator", unf, false, "債務の状況").status());
        Snapshot unfavourable = snap(unf);
        refused(fx.act(unfavoured.username(), unf, "withdraw", null), "error.vetting.transition", unfavourable,
                "withdraw after an unfavourable decision");
        List<String> transfers = fx.transfers(unf);
        assertEquals(1, transfers.size(), transfers.toString());
        assertTrue(transfers.get(0).contains("reason=UNFAVOURABLE_RESULT"), transfers.get(0));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Investigation
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void onlyTheAssignedInvestigatorOfTheInvestigatingOrganizationWorksTheCase() {
        VettingFixture fx = fx();
        Person early = fx.person("METI");
        long notYet = fx.nominate("officer", early);
        fx.consent(early, notYet);
        Snapshot questionnaire = snap(notYet);
        // Not yet submitted: not in the investigating body's queue, so unknown to its investigators (as a missing id).
        refused(fx.actAt("investigator", notYet, "take", questionnaire.version(), null), 404, "error.notFound",
                questionnaire, "take a case that is not submitted");

        Person p = fx.person("METI");
        long id = fx.submitted(p);
        Snapshot submitted = snap(id);
        String colleague = fx.login("CAO", "INVESTIGATOR");
        // Before anyone took it, no investigator reads the answers: the file is for the assigned investigator.
        refused(Api.as(base, colleague).get("evaluations/" + id + "/file?purpose=preview"), "error.vetting.privacy",
                submitted, "file before taking");
        refused(Api.as(base, colleague).get("evaluations/" + id + "/questionnaire?purpose=preview"),
                "error.vetting.privacy", submitted, "questionnaire before taking");

        // Investigators of organizations that do not investigate this case do not know it exists.
        String metiInvestigator = fx.login("METI", "INVESTIGATOR");
        String modInvestigator = fx.login("MOD", "INVESTIGATOR");
        for (String outsider : List.of(metiInvestigator, modInvestigator)) {
            assertEquals(404, Api.as(base, outsider).get("evaluations/" + id).status(), outsider);
            refused(fx.actAt(outsider, id, "take", submitted.version(), null), 404, "error.notFound", submitted,
                    outsider + " takes");
            refused(Api.as(base, outsider).get("evaluations/" + id + "/file?purpose=x"), 404, "error.notFound", submitted,
                    outsider + " reads the file");
            assertFalse(Api.as(base, outsider).get("evaluations?view=INVESTIGATOR&size=200").json().getJsonArray("items")
                    .stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id), outsider + " queue");
        }

        assertEquals(200, fx.act("investigator", id, "take", null).status());
        Snapshot taken = snap(id);
        assertEquals("investigator", taken.investigator());
        refused(fx.actAt(colleague, id, "take", taken.version(), null), "error.vetting.transition", taken,
                "a colleague takes over a taken case");
        refused(Api.as(base, colleague).put("evaluations/" + id + "/investigation", "{\"version\":" + taken.version()
                        + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":" + fx.findings("同僚") + "}"),
                "error.vetting.investigation.notAssigned", taken, "a colleague works the case");
        refused(fx.actAt(colleague, id, "return", taken.version(),
                        "\"reason\":\"同僚による差戻し\",\"sections\":[\"EMPLOYMENT\"]"),
                "error.vetting.investigation.notAssigned", taken, "a colleague returns the case");
        refused(fx.actAt(colleague, id, "report", taken.version(), "\"report\":\"同僚の報告\""),
                "error.vetting.investigation.notAssigned", taken, "a colleague reports");
        refused(Api.as(base, colleague).get("evaluations/" + id + "/file?purpose=curiosity"), "error.vetting.privacy",
                taken, "a colleague reads the file of a case taken by another");
        refused(Api.as(base, colleague).get("evaluations/" + id + "/questionnaire?purpose=curiosity"),
                "error.vetting.privacy", taken, "a colleague reads the questionnaire of a case taken by another");
        assertFalse(fx.audit("InvestigationFile", id).stream().anyMatch(e -> e.getString("actor").equals(colleague)
                && e.getString("action").equals("READ")), "a refused read is no read (it is recorded as refused)");

        // The assigned investigator: a return needs a reason and known sections.
        refused(fx.act("investigator", id, "return", "\"sections\":[\"EMPLOYMENT\"]"),
                "error.vetting.investigation.reasonRequired", taken, "return without a reason");
        refused(fx.act("investigator", id, "return", "\"reason\":\"  \",\"sections\":[\"EMPLOYMENT\"]"),
                "error.vetting.investigation.reasonRequired", taken, "return with a blank reason");
        refused(fx.act("investigator", id, "return", "\"reason\":\"直してください\""),
                "error.vetting.investigation.sectionsRequired", taken, "return without sections");
        refused(fx.act("investigator", id, "return", "\"reason\":\"直してください\",\"sections\":[]"),
                "error.vetting.investigation.sectionsRequired", taken, "return with no section");
        refused(fx.act("investigator", id, "return", "\"reason\":\"直してください\",\"sections\":[\"HOBBIES\"]"),
                "error.vetting.q.unknownSection", taken, "return an unknown section");

        // A report needs every task done and a finding per survey item.
        Api.Response tasksOnly = Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                + taken.version() + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":{}}");
        assertEquals(200, tasksOnly.status(), tasksOnly.toString());
        Snapshot worked = snap(id);
        refused(fx.act("investigator", id, "report", "\"report\":\"所見なし\""),
                "error.vetting.investigation.findingsMissing", worked, "report without findings");
        refused(Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                        + worked.version() + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":{\"SURVEY_HOBBIES\":\"x\"}}"),
                "error.vetting.investigation.unknownItem", worked, "a finding on an unknown survey item");
        Api.Response work = Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                + worked.version() + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":" + fx.findings("懸念なし") + "}");
        assertEquals(200, work.status(), work.toString());
        Snapshot ready = snap(id);
        refused(fx.act("investigator", id, "report", "\"report\":\" \""), "error.vetting.investigation.reportRequired",
                ready, "report without text");
        assertEquals(200, fx.act("investigator", id, "report", "\"report\":\"懸念は認められない。\"").status());

        // After the report the investigation is closed.
        Snapshot reported = snap(id);
        assertEquals("REPORTED", reported.state());
        refused(fx.act("investigator", id, "report", "\"report\":\"二度目\""), "error.vetting.transition", reported,
                "report twice");
        refused(fx.act("investigator", id, "return", "\"reason\":\"遅すぎる\",\"sections\":[\"EMPLOYMENT\"]"),
                "error.vetting.transition", reported, "return after the report");
        refused(Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                        + reported.version() + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":"
                        + fx.findings("書き換え") + "}"), "error.vetting.investigation.notActive", reported,
                "rewrite findings after the report");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Adjudication and four eyes
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void theAdjudicatorOfTheRequestingOrganDecidesOnlyAReportedCase() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.submitted(p);
        assertEquals(200, fx.act("investigator", id, "take", null).status());
        Snapshot investigating = snap(id);
        refused(fx.decide("adjudicator", id, true, "早すぎる判定"), "error.vetting.transition", investigating,
                "decide during the investigation");
        refused(Api.as(base, "adjudicator").get("evaluations/" + id + "/file?purpose=preview"), "error.vetting.privacy",
                investigating, "the adjudicator reads the file before the report");
        refused(Api.as(base, "adjudicator").get("evaluations/" + id + "/questionnaire?purpose=preview"),
                "error.vetting.privacy", investigating, "the adjudicator reads the answers before the report");

        Api.Response w = Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                + investigating.version() + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":"
                + fx.findings("懸念なし") + "}");
        assertEquals(200, w.status(), w.toString());
        assertEquals(200, fx.act("investigator", id, "report", "\"report\":\"懸念なし\"").status());
        Snapshot reported = snap(id);

        String modAdjudicator = fx.login("MOD", "ADJUDICATOR");
        refused(fx.actAt(modAdjudicator, id, "decision", reported.version(), "\"favourable\":true,\"findings\":"
                + fx.findings("x") + ",\"reasons\":\"他省\""), 404, "error.notFound", reported, "an adjudicator of another organ");
        String caoAdjudicator = fx.login("CAO", "ADJUDICATOR");
        refused(fx.actAt(caoAdjudicator, id, "decision", reported.version(), "\"favourable\":true,\"findings\":"
                        + fx.findings("x") + ",\"reasons\":\"内閣府\""), 404, "error.notFound", reported,
                "an adjudicator of the investigating organization is not the requesting organ's");
        assertEquals(403, fx.decide("officer", id, true, "担当官").status(), "an officer does not decide");
        assertEquals(403, fx.decide("investigator", id, true, "調査官").status(), "an investigator does not decide");
        refused(fx.act("adjudicator", id, "decision", "\"favourable\":true,\"findings\":{},\"reasons\":\"理由\""),
                "error.vetting.adjudication.findingsMissing", reported, "a decision without a finding per item");
        assertEquals(reported, snap(id));
        assertEquals(200, fx.decide("adjudicator", id, false, "問題あり").status());
        Snapshot decided = snap(id);
        refused(fx.decide("adjudicator", id, true, "覆す"), "error.vetting.transition", decided, "decide again");
    }

    @Test
    void fourEyesCoversTheReusedInvestigationAndThePersonThemselves() {
        VettingFixture fx = fx();
        // An adjudicator who is nominated themselves cannot decide their own case.
        Person self = fx.person("METI", "EMPLOYEE", "ADJUDICATOR");
        long own = fx.reported(self);
        Snapshot ownReported = snap(own);
        refused(fx.decide(self.username(), own, true, "自分の評価"), "error.vetting.ownCase", ownReported,
                "an adjudicator decides their own evaluation");
        assertEquals(200, fx.decide("adjudicator", own, true, "問題なし").status());

        // A Cabinet Office member who investigated METI's case cannot adjudicate the Cabinet Office's reuse of it.
        String both = fx.login("CAO", "INVESTIGATOR", "ADJUDICATOR");
        Person p = fx.person("TOWA-HI");
        fx.certify("officer", "TOWA-HI", "加藤"); // an organ nominates a company's staff once it certified the company
        long first = fx.submitted(p);
        fx.investigate(both, first);
        assertEquals(200, fx.decide("adjudicator", first, true, "問題なし").status());

        String caoOfficer = fx.login("CAO", "AGENCY_SECURITY_OFFICER");
        long second = fx.nominate(caoOfficer, p);
        fx.consent(p, second);
        Api.Response reused = fx.act(caoOfficer, second, "reuse", "\"priorId\":" + first);
        assertEquals(200, reused.status(), reused.toString());
        Snapshot reportedByReuse = snap(second);
        assertEquals("REPORTED", reportedByReuse.state());
        refused(fx.decide(both, second, true, "自分の調査に基づく判定"), "error.vetting.fourEyes", reportedByReuse,
                "the investigator of the reused investigation adjudicates");
        String caoAdjudicator = fx.login("CAO", "ADJUDICATOR");
        assertEquals(200, fx.decide(caoAdjudicator, second, true, "経済産業省の調査結果に基づき判断").status());
    }

    @Test
    void noOneInvestigatesTheirOwnEvaluation() {
        VettingFixture fx = fx();
        String caoOfficer = fx.login("CAO", "AGENCY_SECURITY_OFFICER");
        Person self = fx.person("CAO", "EMPLOYEE", "INVESTIGATOR");
        long id = fx.nominate(caoOfficer, self);
        fx.consent(self, id);
        fx.fillIn(self, id);
        fx.submit(self, id);
        Snapshot submitted = snap(id);
        refused(fx.act(self.username(), id, "take", null), "error.vetting.investigation.ownCase", submitted,
                "an investigator takes their own evaluation");
        assertEquals(200, fx.act("investigator", id, "take", null).status(), "a colleague investigates it");
        assertEquals("investigator", snap(id).investigator());
    }

    @Test
    void twoInvestigatorsTakingTheSameCaseAtOnceGetItOnce() throws Exception {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.submitted(p);
        Snapshot submitted = snap(id);
        String colleague = fx.login("CAO", "INVESTIGATOR");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Api.Response> a = pool.submit(() ->
                    fx.actAt("investigator", id, "take", submitted.version(), null));
            java.util.concurrent.Future<Api.Response> b = pool.submit(() ->
                    fx.actAt(colleague, id, "take", submitted.version(), null));
            Api.Response ra = a.get(90, java.util.concurrent.TimeUnit.SECONDS);
            Api.Response rb = b.get(90, java.util.concurrent.TimeUnit.SECONDS);
            List<Integer> statuses = java.util.stream.Stream.of(ra.status(), rb.status()).sorted().toList();
            assertEquals(List.of(200, 409), statuses, ra + " / " + rb);
            Api.Response lost = ra.status() == 409 ? ra : rb;
            assertEquals("error.concurrentEdit", lost.json().getString("key"));
            String winner = ra.status() == 200 ? "investigator" : colleague;
            Snapshot taken = snap(id);
            assertEquals("INVESTIGATING", taken.state());
            assertEquals(winner, taken.investigator());
            assertEquals(1, transitions(fx, id).stream().filter(t -> t.equals("SUBMITTED -> INVESTIGATING")).count());
        } finally {
            pool.shutdownNow();
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Re-evaluation and reuse
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void aReEvaluationStartsFromTheCertificateOnceAtATime() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long first = fx.favourable(p);
        long eligibility = fx.eligibilityOf(p, first);

        Api.Response noScope = Api.as(base, "officer").post("certificates/" + eligibility + "/re-evaluation", "{}");
        assertEquals(422, noScope.status(), noScope.toString());
        assertEquals("error.vetting.scopeRequired", noScope.json().getString("key"));
        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        Api.Response foreign = Api.as(base, modOfficer).post("certificates/" + eligibility + "/re-evaluation",
                "{\"scope\":\"他省による再評価\"}");
        assertEquals(404, foreign.status(), "an officer of another organ: " + foreign);
        assertEquals(403, Api.as(base, p.username()).post("certificates/" + eligibility + "/re-evaluation",
                "{\"scope\":\"本人\"}").status(), "the holder reports changes, the officer starts a re-evaluation");
        assertEquals(1, fx.array(Api.as(base, p.username()).get("evaluations/mine")).size(), "nothing was started");

        Api.Response started = Api.as(base, "officer").post("certificates/" + eligibility + "/re-evaluation",
                "{\"scope\":\"定期の再評価\"}");
        assertEquals(201, started.status(), started.toString());
        JsonObject view = started.json();
        long second = view.getJsonNumber("id").longValue();
        assertEquals("NOMINATED", view.getString("state"));
        assertEquals(p.id(), view.getJsonNumber("personId").longValue());
        assertEquals("CONFIDENTIAL", view.getString("levelCode"));
        assertEquals("定期の再評価", view.getString("scope"));
        assertTrue(fx.audit("Evaluation", second).stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("detail").contains("previousEligibility=" + eligibility)), "linked to the certificate");
        assertEquals("VALID", fx.array(Api.as(base, p.username()).get("certificates/mine")).get(0).getString("status"),
                "the certificate stays valid during the re-evaluation");

        Api.Response twice = Api.as(base, "officer").post("certificates/" + eligibility + "/re-evaluation",
                "{\"scope\":\"二度目\"}");
        assertEquals(422, twice.status(), twice.toString());
        assertEquals("error.vetting.alreadyOpen", twice.json().getString("key"));
        Api.Response nominated = Api.as(base, "officer").post("evaluations", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"重複\"}");
        assertEquals(422, nominated.status(), nominated.toString());
        assertEquals("error.vetting.alreadyOpen", nominated.json().getString("key"));
        assertEquals(2, fx.array(Api.as(base, p.username()).get("evaluations/mine")).size());

        // The person goes through the re-evaluation like a first one.
        fx.consent(p, second);
        assertEquals("QUESTIONNAIRE", fx.state(p.username(), second));
    }

    @Test
    void reuseIsRefusedForAHigherLevelASuspendedOrRevokedClearanceAndAfterSubmission() {
        VettingFixture fx = fx();
        Person p = fx.person("TOWA-HI");
        fx.certify("officer", "TOWA-HI", "加藤"); // an organ nominates a company's staff once it certified the company
        long prior = fx.favourable(p);
        long eligibility = fx.eligibilityOf(p, prior);
        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        fx.certify(modOfficer, "TOWA-HI", "加藤");

        // A Confidential-class clearance does not cover a Top Secret-class nomination.
        Api.Response ts = Api.as(base, modOfficer).post("evaluations", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"TOP_SECRET\",\"scope\":\"特定秘密 2026\"}");
        assertEquals(201, ts.status(), ts.toString());
        long topSecret = ts.json().getJsonNumber("id").longValue();
        fx.consent(p, topSecret);
        assertEquals("vetting.reuse.level", fx.array(Api.as(base, modOfficer).get("evaluations/" + topSecret + "/reuse"))
                .get(0).getString("blocked"));
        refused(fx.act(modOfficer, topSecret, "reuse", "\"priorId\":" + prior), "error.vetting.reuse.level",
                snap(topSecret), "reuse of a lower level");

        long id = fx.nominate(modOfficer, p);
        fx.consent(p, id);
        Snapshot consented = snap(id);
        refused(fx.act(modOfficer, id, "reuse", "\"priorId\":" + topSecret), "error.vetting.reuse.notFound", consented,
                "reuse of an evaluation that is not a favourable one of another organ");
        refused(fx.actAt("officer", id, "reuse", consented.version(), "\"priorId\":" + prior), 404, "error.notFound",
                consented, "the officer of another organ reuses on MOD's case");

        Api.Response suspended = Api.as(base, "adjudicator").post("eligibilities/" + eligibility + "/suspension",
                "{\"reason\":\"漏えい調査中\"}");
        assertEquals(200, suspended.status(), suspended.toString());
        assertEquals("vetting.reuse.notValid", fx.array(Api.as(base, modOfficer).get("evaluations/" + id + "/reuse"))
                .get(0).getString("blocked"));
        refused(fx.act(modOfficer, id, "reuse", "\"priorId\":" + prior), "error.vetting.reuse.notValid", consented,
                "reuse of a suspended clearance");

        assertEquals(200, Api.as(base, "adjudicator").post("eligibilities/" + eligibility + "/reinstatement",
                "{\"reason\":\"調査終了\"}").status());
        JsonObject reinstated = fx.array(Api.as(base, modOfficer).get("evaluations/" + id + "/reuse")).get(0);
        assertTrue(!reinstated.containsKey("blocked") || reinstated.isNull("blocked"), "reinstated: reusable again "
                + reinstated);
        assertEquals(200, Api.as(base, "adjudicator").post("eligibilities/" + eligibility + "/revocation",
                "{\"reason\":\"取消し\"}").status());
        refused(fx.act(modOfficer, id, "reuse", "\"priorId\":" + prior), "error.vetting.reuse.notValid", consented,
                "reuse of a revoked clearance");

        fx.fillIn(p, id);
        fx.submit(p, id);
        Snapshot submitted = snap(id);
        refused(fx.act(modOfficer, id, "reuse", "\"priorId\":" + prior), "error.vetting.reuse.notConsented", submitted,
                "reuse after the questionnaire was submitted");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Concurrent edits
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void anActionOnAnOutdatedVersionIsAConflict() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        Snapshot nominated = snap(id);
        int notice = Api.as(base, p.username()).get("evaluations/notice").json().getInt("version");
        refused(fx.actAt(p.username(), id, "consent", nominated.version() - 1, "\"noticeVersion\":" + notice), 409,
                "error.concurrentEdit", nominated, "consent on an older version");
        refused(fx.actAt("officer", id, "cancel", nominated.version() + 1, null), 409, "error.concurrentEdit", nominated,
                "cancel on another version");

        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        Snapshot submitted = snap(id);
        // The investigator's page still shows the version from before the submission.
        refused(fx.actAt("investigator", id, "take", nominated.version(), null), 409, "error.concurrentEdit", submitted,
                "take on the version before submission");
        refused(fx.actAt(p.username(), id, "withdraw", nominated.version(), null), 409, "error.concurrentEdit", submitted,
                "withdraw on an older version");
        fx.investigate("investigator", id);
        Snapshot reported = snap(id);
        refused(fx.actAt("adjudicator", id, "decision", submitted.version(), "\"favourable\":true,\"findings\":"
                + fx.findings("x") + ",\"reasons\":\"古い画面\""), 409, "error.concurrentEdit", reported,
                "decide on the version the adjudicator saw before the report");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Privacy circle
    // ----------------------------------------------------------------------------------------------------------------

    @Test
    void theFileStaysInsideTheCircleAndTheAdjudicatorsReadIsAuditedWithItsPurpose() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.reported(p);
        Snapshot reported = snap(id);

        String modAdjudicator = fx.login("MOD", "ADJUDICATOR");
        refused(Api.as(base, modAdjudicator).get("evaluations/" + id + "/file?purpose=curiosity"), 404, "error.notFound",
                reported, "an adjudicator of another organ reads the file");
        refused(Api.as(base, modAdjudicator).get("evaluations/" + id + "/questionnaire?purpose=curiosity"), 404,
                "error.notFound", reported, "an adjudicator of another organ reads the questionnaire");
        assertEquals(403, Api.as(base, modAdjudicator).get("evaluations/" + id + "/review").status(),
                "the review page is the person's");
        assertEquals(403, Api.as(base, "adjudicator").get("evaluations/" + id + "/review").status(),
                "the review page is the person's, also for the adjudicator of the requesting organ");

        // Officers of the requesting organ and the employer: status and result only.
        for (String path : List.of("file?purpose=x", "questionnaire?purpose=x", "review")) {
            assertEquals(403, Api.as(base, "officer").get("evaluations/" + id + "/" + path).status(), "officer: " + path);
        }
        JsonObject toOfficer = Api.as(base, "officer").get("evaluations/" + id).json();
        assertEquals("REPORTED", toOfficer.getString("state"));
        for (String field : List.of("answers", "findings", "report", "checklist", "reasons", "correctionReason")) {
            assertTrue(!toOfficer.containsKey(field) || toOfficer.isNull(field), field + " in " + toOfficer);
        }
        Person other = fx.person("METI");
        refused(Api.as(base, other.username()).get("evaluations/" + id + "/questionnaire?purpose=x"), 404,
                "error.notFound", reported, "another employee reads the answers");

        // The adjudicator of the requesting organ reads the file for a purpose, and the read is audited.
        refused(Api.as(base, "adjudicator").get("evaluations/" + id + "/file"), "error.vetting.purposeRequired", reported,
                "a read without a purpose");
        Api.Response file = Api.as(base, "adjudicator").get("evaluations/" + id + "/file?purpose=adjudication");
        assertEquals(200, file.status(), file.toString());
        assertEquals("調査の結果、懸念は認められない。", file.json().getString("report"));
        assertEquals(200, Api.as(base, "adjudicator").get("evaluations/" + id + "/questionnaire?purpose=adjudication")
                .status());
        List<String> reads = fx.audit("InvestigationFile", id).stream().filter(e -> e.getString("action").equals("READ"))
                .map(e -> e.getString("actor") + ":" + e.getString("detail")).toList();
        assertTrue(reads.contains("adjudicator:purpose=adjudication"), reads.toString());
        assertFalse(reads.stream().anyMatch(r -> r.startsWith(modAdjudicator) || r.startsWith("officer")), reads.toString());
        assertTrue(fx.audit("Questionnaire", id).stream().anyMatch(e -> e.getString("actor").equals("adjudicator")
                && e.getString("detail").equals("purpose=adjudication")));

        // After the decision the officer learns the result, never the reasons.
        assertEquals(200, fx.decide("adjudicator", id, false, "多額の債務").status());
        assertEquals(403, Api.as(base, "officer").get("evaluations/" + id + "/file?purpose=x").status());
        JsonObject result = Api.as(base, "officer").get("evaluations/" + id + "/result").json();
        assertTrue(!result.containsKey("reasons") || result.isNull("reasons"), result.toString());
    }
}
