package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eligibility evaluation on the real server, through the API: every transition and the refused ones, the privacy
 * circle, four eyes, refusal and withdrawal with their transfer records, reuse across organs, the CSV import.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Null fields are left out of the JSON. */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private VettingFixture fx() {
        return new VettingFixture(base);
    }

    private String pdfText(String user, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    @Test
    void fromNominationToCertificateWithACorrectionOnTheWay() throws Exception {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        assertEquals("NOMINATED", fx.state(p.username(), id));
        JsonObject nominated = Api.as(base, p.username()).get("evaluations/" + id).json();
        assertEquals("vetting.next.NOMINATED", nominated.getString("nextStepKey"));
        assertEquals("本人が告知書を読み、同意するか同意しないかを回答します。", nominated.getString("nextStep"), "translated");

        // Before consent nothing can be filled in or submitted.
        assertEquals(422, fx.save(p, id, "IDENTITY", "[{\"domicile\":\"x\",\"address\":\"y\"}]").status());
        fx.consent(p, id);
        assertEquals(422, fx.act(p.username(), id, "consent", "\"noticeVersion\":1").status(), "consent twice");

        // A gap in the employment history is flagged at once, but what was typed is kept.
        String gapEnd = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusYears(3).toString();
        String gapResume = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusYears(3).plusDays(90).toString();
        Api.Response gap = fx.save(p, id, "EMPLOYMENT", "[{\"from\":\"2010-04-01\",\"to\":\"" + gapEnd + "\",\"employer\":\"A社\"},"
                + "{\"from\":\"" + gapResume + "\",\"employer\":\"経済産業省\"}]");
        assertEquals(200, gap.status(), gap.toString());
        assertFalse(gap.json().getBoolean("complete"));
        assertEquals("vetting.q.gap", gap.json().getJsonArray("issues").getJsonObject(0).getString("key"));
        JsonObject employment = fx.array(Api.as(base, p.username()).get("evaluations/" + id + "/review")).stream()
                .filter(s -> s.getJsonObject("section").getString("code").equals("EMPLOYMENT")).findFirst().orElseThrow();
        assertEquals(gapResume, employment.getJsonArray("entries").getJsonObject(1).getString("from"), "kept as typed");
        assertFalse(employment.getBoolean("complete"));
        Api.Response incomplete = fx.act(p.username(), id, "submit", "\"declaration\":true");
        assertEquals(422, incomplete.status());
        assertEquals("error.vetting.q.incomplete", incomplete.json().getString("key"));

        fx.fillIn(p, id);
        assertEquals(422, fx.act(p.username(), id, "submit", "\"declaration\":false").status(), "declaration required");
        fx.submit(p, id);
        assertEquals(422, fx.save(p, id, "IDENTITY", "[{\"domicile\":\"x\",\"address\":\"y\"}]").status(),
                "read-only after submission");

        // The officer sees the status only; the adjudicator cannot decide before a report.
        assertEquals("SUBMITTED", fx.state("officer", id));
        assertEquals(422, fx.decide("adjudicator", id, true, "x").status());

        // The investigator of the central body takes the case, and returns the employment section for correction.
        assertEquals(200, fx.act("investigator", id, "take", null).status());
        Api.Response reportEarly = fx.act("investigator", id, "report", "\"report\":\"早すぎる\"");
        assertEquals("error.vetting.investigation.checklistOpen", reportEarly.json().getString("key"));
        Api.Response returned = fx.act("investigator", id, "return",
                "\"reason\":\"2018年以降の職歴を詳しく記入してください。\",\"sections\":[\"EMPLOYMENT\"]");
        assertEquals(200, returned.status(), returned.toString());
        JsonObject status = Api.as(base, p.username()).get("evaluations/" + id).json();
        assertEquals("RETURNED", status.getString("state"));
        assertEquals("2018年以降の職歴を詳しく記入してください。", status.getString("correctionReason"));
        assertTrue(absent(Api.as(base, "officer").get("evaluations/" + id).json(), "correctionReason"),
                "the officer does not see what is to be corrected");
        assertEquals(422, fx.save(p, id, "IDENTITY", "[{\"domicile\":\"x\",\"address\":\"y\"}]").status(),
                "only the reopened sections can be edited");
        assertEquals(200, fx.save(p, id, "EMPLOYMENT", VettingFixture.employment(null)).status());
        fx.submit(p, id);
        assertEquals("INVESTIGATING", fx.state("investigator", id));

        Api.Response work = Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                + fx.version("investigator", id) + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":"
                + fx.findings("懸念なし") + "}");
        assertEquals(200, work.status(), work.toString());
        assertEquals(200, fx.act("investigator", id, "report", "\"report\":\"懸念は認められない。\"").status());

        // The adjudicator of the requesting organ decides; reasons and a finding per item are required.
        Api.Response noReasons = fx.decide("adjudicator", id, true, "");
        assertEquals("error.vetting.adjudication.reasonsRequired", noReasons.json().getString("key"));
        assertEquals(200, fx.decide("adjudicator", id, true, "漏えいのおそれはない。").status());
        assertEquals(422, fx.decide("adjudicator", id, false, "二度目").status(), "a decision is final");

        JsonObject result = Api.as(base, p.username()).get("evaluations/" + id + "/result").json();
        assertEquals("FAVOURABLE", result.getString("state"));
        long eligibility = result.getJsonNumber("eligibilityId").longValue();
        JsonObject mine = fx.array(Api.as(base, p.username()).get("certificates/mine")).get(0);
        assertEquals(eligibility, mine.getJsonNumber("id").longValue());
        assertEquals("EVALUATION", mine.getString("source"));
        assertEquals(java.time.LocalDate.parse(mine.getString("notifiedOn")).plusYears(10).toString(),
                mine.getString("validUntil"), "10 years from notification (EVALUATION_VALIDITY)");
        String certificate = pdfText(p.username(), "certificates/" + eligibility + "/certificate.pdf");
        assertTrue(certificate.contains("適性評価結果証明書"), certificate);
        assertTrue(certificate.contains(p.name().replace(" ", "")), certificate);
        assertTrue(certificate.contains("重要経済安保情報"), certificate);
        assertTrue(certificate.matches("(?s).*有効期限/Validuntil:令和\\d+年\\d+月\\d+日（\\d{4}-\\d{2}-\\d{2}）.*"),
                "the certificate's days with the era: " + certificate);

        // The person is notified in the portal; every transition is in the audit trail.
        List<String> transitions = fx.audit("Evaluation", id).stream()
                .filter(e -> e.getString("action").equals("TRANSITION")).map(e -> e.getString("detail")).toList();
        assertEquals(java.util.Set.of("NOMINATED -> QUESTIONNAIRE", "QUESTIONNAIRE -> SUBMITTED",
                "SUBMITTED -> INVESTIGATING", "INVESTIGATING -> RETURNED", "RETURNED -> INVESTIGATING",
                "INVESTIGATING -> REPORTED", "REPORTED -> FAVOURABLE"),
                new java.util.HashSet<>(transitions.stream().map(d -> d.split(";")[0].trim()).toList()));
        assertEquals(7, transitions.size());
        assertTrue(fx.audit("Eligibility", eligibility).stream().anyMatch(e -> e.getString("detail")
                .contains("evaluation=" + id)));
    }

    /**
     * Issue 15, item 9: a flagged employment gap keeps the questionnaire from being submitted until the person explains
     * it (the explanation is saved with the section, and kept when the section is saved again without one); dates are
     * read as 1980/04/01, 1980-04-01 or 19800401 and stored as ISO days.
     */
    @Test
    void aFlaggedGapMustBeExplainedBeforeTheQuestionnaireIsSubmitted() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        java.time.LocalDate gapStart = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusYears(2);
        String key = gapStart + "/" + gapStart.plusDays(90);
        Api.Response saved = fx.save(p, id, "EMPLOYMENT", VettingFixture.employmentWithGap(gapStart));
        assertEquals(200, saved.status(), saved.toString());
        JsonObject section = saved.json();
        assertFalse(section.getBoolean("complete"), "a flagged gap is an issue");
        assertEquals(key, section.getJsonArray("gaps").getJsonObject(0).getString("from") + "/"
                + section.getJsonArray("gaps").getJsonObject(0).getString("to"));
        Api.Response refused = fx.act(p.username(), id, "submit", "\"declaration\":true");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("QUESTIONNAIRE", fx.state(p.username(), id));

        // Explained (dates typed in the other forms): complete, stored as ISO days, and the declaration goes through.
        String jobs = "[{\"from\":\"2010/04/01\",\"to\":\"" + gapStart.toString().replace("-", "") + "\",\"employer\":\"東和重工業\"},"
                + "{\"from\":\"" + gapStart.plusDays(90).toString().replace("-", "/") + "\",\"employer\":\"経済産業省\"}]";
        Api.Response explained = Api.as(base, p.username()).put("evaluations/" + id + "/questionnaire/EMPLOYMENT",
                "{\"entries\":" + jobs + ",\"gapExplanations\":{\"" + key + "\":\"求職中\"}}");
        assertEquals(200, explained.status(), explained.toString());
        assertTrue(explained.json().getBoolean("complete"), explained.toString());
        assertEquals("2010-04-01", fx.entry(p, id, "EMPLOYMENT", 0, "from"));
        assertEquals(gapStart.toString(), fx.entry(p, id, "EMPLOYMENT", 0, "to"));
        assertEquals(java.util.Map.of(key, "求職中"), fx.gapExplanations(p, id));

        // Saved again without explanations (as a client that knows nothing of them): the explanation stays.
        assertEquals(200, fx.save(p, id, "EMPLOYMENT", jobs).status());
        assertEquals(java.util.Map.of(key, "求職中"), fx.gapExplanations(p, id));
        fx.submit(p, id);
        assertEquals("SUBMITTED", fx.state(p.username(), id));
    }

    @Test
    void aReturnedCaseCannotBeTakenBackBeforeThePersonCorrectsIt() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        assertEquals(200, fx.act("investigator", id, "take", null).status());
        Api.Response taken = fx.act("investigator", id, "take", null);
        assertEquals(422, taken.status(), "a case in investigation cannot be taken again: " + taken);
        assertEquals("error.vetting.transition", taken.json().getString("key"));
        assertEquals(200, fx.act("investigator", id, "return",
                "\"reason\":\"職歴を直してください。\",\"sections\":[\"EMPLOYMENT\"]").status());
        String colleague = fx.login("CAO", "INVESTIGATOR");
        for (String investigator : List.of("investigator", colleague)) {
            Api.Response skip = fx.act(investigator, id, "take", null);
            assertEquals(422, skip.status(), investigator + " skipped the correction: " + skip);
            assertEquals("error.vetting.transition", skip.json().getString("key"));
        }
        assertEquals("RETURNED", fx.state(p.username(), id));
        assertEquals(200, fx.save(p, id, "EMPLOYMENT", VettingFixture.employment(null)).status());
        fx.submit(p, id);
        assertEquals("INVESTIGATING", fx.state("investigator", id), "the resubmission goes back to the investigator");
    }

    @Test
    void anAdjudicatorChangesOnlyTheClearancesOfTheirOwnOrgan() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.favourable(p);
        long eligibility = Api.as(base, p.username()).get("evaluations/" + id + "/result").json()
                .getJsonNumber("eligibilityId").longValue();
        String modAdjudicator = fx.login("MOD", "ADJUDICATOR");
        for (String action : List.of("suspension", "revocation", "reinstatement")) {
            Api.Response r = Api.as(base, modAdjudicator).post("eligibilities/" + eligibility + "/" + action,
                    "{\"reason\":\"他省による変更\"}");
            assertEquals(422, r.status(), action + ": " + r);
            assertEquals("error.eligibility.otherOrgan", r.json().getString("key"));
        }
        assertEquals("VALID", fx.array(Api.as(base, p.username()).get("certificates/mine")).get(0).getString("status"));
        assertEquals(403, Api.as(base, "officer").post("eligibilities/" + eligibility + "/suspension",
                "{\"reason\":\"x\"}").status(), "officers do not suspend");
        Api.Response own = Api.as(base, "adjudicator").post("eligibilities/" + eligibility + "/suspension",
                "{\"reason\":\"漏えい調査中\"}");
        assertEquals(200, own.status(), own.toString());
        assertEquals("SUSPENDED", own.json().getString("status"));
    }

    @Test
    void officersLearnKindAndDateOfAChangeOfCircumstancesNeverItsDescription() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        fx.favourable(p);
        Api.Response change = Api.as(base, p.username()).post("certificates/changes",
                "{\"kind\":\"DEBT\",\"description\":\"消費者金融からの借入れ\"}");
        assertEquals(201, change.status(), change.toString());

        JsonObject toOfficer = fx.array(Api.as(base, "officer").get("certificates/changes?personId=" + p.id())).get(0);
        assertEquals("DEBT", toOfficer.getString("kind"));
        assertFalse(absent(toOfficer, "reportedOn"));
        assertTrue(absent(toOfficer, "description"), "officers see kind and date only: " + toOfficer);
        assertEquals("消費者金融からの借入れ", fx.array(Api.as(base, p.username())
                .get("certificates/changes?personId=" + p.id())).get(0).getString("description"), "the holder");
        assertEquals("消費者金融からの借入れ", fx.array(Api.as(base, "auditor")
                .get("certificates/changes?personId=" + p.id())).get(0).getString("description"), "an auditor");
        assertEquals("消費者金融からの借入れ", fx.array(Api.as(base, "investigator")
                .get("certificates/changes?personId=" + p.id())).get(0).getString("description"), "the investigator");
        Person other = fx.person("METI");
        assertEquals(404, Api.as(base, other.username()).get("certificates/changes?personId=" + p.id()).status());
        assertEquals(403, Api.as(base, "compliance").get("certificates/changes?personId=" + p.id()).status());
    }

    @Test
    void thePrivacyCircleReadsAndEveryReadIsAuditedWithItsPurpose() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);

        assertEquals(200, Api.as(base, p.username()).get("evaluations/" + id + "/questionnaire?purpose=own").status(),
                "the person reads their own answers");
        Api.Response officer = Api.as(base, "officer").get("evaluations/" + id + "/questionnaire?purpose=curious");
        assertEquals(403, officer.status(), "officers see status and result only: " + officer);
        assertEquals(422, Api.as(base, "investigator").get("evaluations/" + id + "/questionnaire?purpose=x").status(),
                "an investigator who has not taken the case");
        assertEquals(422, Api.as(base, "adjudicator").get("evaluations/" + id + "/file?purpose=x").status(),
                "the adjudicator before the report");
        assertEquals(403, Api.as(base, "compliance").get("evaluations/" + id + "/questionnaire?purpose=x").status());
        Person other = fx.person("METI");
        assertEquals(404, Api.as(base, other.username()).get("evaluations/" + id).status(),
                "another person does not know the case exists");

        fx.act("investigator", id, "take", null);
        assertEquals(422, Api.as(base, "investigator").get("evaluations/" + id + "/file").status(), "purpose required");
        JsonObject file = Api.as(base, "investigator").get("evaluations/" + id + "/file?purpose=investigation").json();
        assertEquals(13, file.getJsonArray("answers").size());
        assertEquals(200, Api.as(base, "auditor").get("evaluations/" + id + "/file?purpose=audit-sample").status());

        List<String> reads = fx.audit("InvestigationFile", id).stream().filter(e -> e.getString("action").equals("READ"))
                .map(e -> e.getString("actor") + ":" + e.getString("detail")).toList();
        assertTrue(reads.contains("investigator:purpose=investigation"), reads.toString());
        assertTrue(reads.contains("auditor:purpose=audit-sample"), reads.toString());
        assertTrue(fx.audit("Questionnaire", id).stream().anyMatch(e -> e.getString("actor").equals(p.username())
                && e.getString("detail").equals("purpose=own")));
    }

    @Test
    void anUnfavourableResultIsToldWithReasonsToThePersonAndOnlyTheResultToTheEmployer() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        fx.investigate("investigator", id);
        assertEquals(200, fx.decide("adjudicator", id, false, "多額の債務の状況が確認された。").status());

        JsonObject toPerson = Api.as(base, p.username()).get("evaluations/" + id + "/result").json();
        assertEquals("UNFAVOURABLE", toPerson.getString("state"));
        assertEquals("多額の債務の状況が確認された。", toPerson.getString("reasons"));
        JsonObject toEmployer = Api.as(base, "officer").get("evaluations/" + id + "/result").json();
        assertEquals("UNFAVOURABLE", toEmployer.getString("state"));
        assertTrue(absent(toEmployer, "reasons"), "the employer never learns the reasons");
        assertTrue(Api.as(base, "auditor").get("audit?entityType=TransferRecord&action=CREATE&size=200").json()
                .getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("detail")
                        .startsWith("evaluation=" + id + "; reason=UNFAVOURABLE_RESULT")));
    }

    @Test
    void reasonsAreWithheldWhenThePersonAskedBeforehand() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        int notice = Api.as(base, p.username()).get("evaluations/notice").json().getInt("version");
        assertEquals(422, fx.act(p.username(), id, "consent", "\"noticeVersion\":" + (notice + 1)).status(),
                "consent to an outdated notice");
        assertEquals(200, fx.act(p.username(), id, "consent", "\"noticeVersion\":" + notice + ",\"withholdReasons\":true").status());
        fx.fillIn(p, id);
        fx.submit(p, id);
        fx.investigate("investigator", id);
        fx.decide("adjudicator", id, false, "理由");
        JsonObject r = Api.as(base, p.username()).get("evaluations/" + id + "/result").json();
        assertTrue(absent(r, "reasons"));
        assertTrue(r.getBoolean("reasonsWithheld"));
    }

    @Test
    void refusalProducesTheLetterAndATransferRecord() throws Exception {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        assertEquals(422, fx.act(p.username(), id, "withdraw", null).status(), "before consent it is a refusal");
        assertEquals(422, Api.as(base, p.username()).get("evaluations/" + id + "/letter.pdf").status(), "no letter yet");
        assertEquals(200, fx.act(p.username(), id, "refuse", null).status());
        assertEquals("REFUSED", fx.state("officer", id));
        assertEquals(422, fx.act(p.username(), id, "consent", "\"noticeVersion\":1").status(), "a refusal is final");

        String letter = pdfText(p.username(), "evaluations/" + id + "/letter.pdf");
        assertTrue(letter.contains("不同意書"), letter);
        assertTrue(letter.contains("同意しません"), letter);
        assertTrue(letter.contains("私は、重要経済安保情報（"), "the level by its name (issue 15, item 8): " + letter);
        assertFalse(letter.contains("CONFIDENTIAL"), "no level code: " + letter);
        assertTrue(letter.matches("(?s).*日付:令和(元|\\d+)年\\d+月\\d+日.*"), "the letter's day with the era: " + letter);
        assertTrue(pdfText("officer", "evaluations/" + id + "/letter.pdf").contains("不同意書"));
        JsonObject transfer = Api.as(base, "auditor").get("audit?entityType=TransferRecord&action=CREATE&size=200").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("detail").startsWith("evaluation=" + id + ";")).findFirst().orElseThrow();
        assertTrue(transfer.getString("detail").contains("reason=REFUSAL"), transfer.toString());
    }

    @Test
    void consentCanBeWithdrawnUntilTheDecision() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        assertEquals(200, fx.act(p.username(), id, "withdraw", null).status());
        assertEquals("WITHDRAWN", fx.state(p.username(), id));
        // Nothing follows a withdrawal: the case has left the desk's queue, so its investigators no longer know it.
        Api.Response take = fx.actAt("investigator", id, "take", fx.version(p.username(), id), null);
        assertEquals(404, take.status(), "nothing follows a withdrawal: " + take);
        assertEquals("WITHDRAWN", fx.state(p.username(), id));
        assertTrue(Api.as(base, "auditor").get("audit?entityType=TransferRecord&action=CREATE&size=200").json()
                .getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("detail")
                        .startsWith("evaluation=" + id + "; reason=WITHDRAWAL")));
    }

    @Test
    void fourEyesTheInvestigatorCannotAdjudicateAndOwnInvestigationOrgansInvestigateThemselves() {
        VettingFixture fx = fx();
        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        String both = fx.login("MOD", "INVESTIGATOR", "ADJUDICATOR");
        String adjudicator = fx.login("MOD", "ADJUDICATOR");
        Person p = fx.person("MOD");
        long id = fx.nominate(modOfficer, p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        assertEquals(404, Api.as(base, "investigator").get("evaluations/" + id).status(),
                "the Cabinet Office does not investigate for an organ with its own investigators");
        assertTrue(Api.as(base, both).get("evaluations?view=INVESTIGATOR&size=200").json().getJsonArray("items").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id));
        fx.investigate(both, id);
        Api.Response own = fx.decide(both, id, true, "自分で調査した");
        assertEquals(422, own.status());
        assertEquals("error.vetting.fourEyes", own.json().getString("key"));
        Api.Response other = Api.as(base, "adjudicator").post("evaluations/" + id + "/decision", "{\"version\":"
                + fx.version(adjudicator, id) + ",\"favourable\":true,\"findings\":" + fx.findings("x") + ",\"reasons\":\"他省\"}");
        assertEquals(404, other.status(), "an adjudicator of another organ: " + other);
        assertEquals(200, fx.decide(adjudicator, id, true, "問題なし").status());
    }

    @Test
    void anotherOrganReusesAValidFavourableEvaluationWithoutANewInvestigation() {
        VettingFixture fx = fx();
        Person p = fx.person("TOWA-HI");
        fx.certify("officer", "TOWA-HI", "加藤"); // an organ nominates a company's staff once it certified the company
        long first = fx.favourable(p);

        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        String modAdjudicator = fx.login("MOD", "ADJUDICATOR");
        fx.certify(modOfficer, "TOWA-HI", "加藤");
        long second = fx.nominate(modOfficer, p);
        JsonObject candidate = fx.array(Api.as(base, modOfficer).get("evaluations/" + second + "/reuse")).get(0);
        assertEquals(first, candidate.getJsonNumber("evaluationId").longValue());
        assertEquals("vetting.reuse.notConsented", candidate.getString("blocked"));
        Api.Response before = fx.act(modOfficer, second, "reuse", "\"priorId\":" + first);
        assertEquals("error.vetting.reuse.notConsented", before.json().getString("key"));
        fx.consent(p, second);
        Api.Response reused = fx.act(modOfficer, second, "reuse", "\"priorId\":" + first);
        assertEquals(200, reused.status(), reused.toString());
        assertEquals("REPORTED", reused.json().getString("state"));

        JsonObject file = Api.as(base, modAdjudicator).get("evaluations/" + second + "/file?purpose=adjudication").json();
        assertEquals(first, file.getJsonNumber("investigationOf").longValue(), "the latest investigation is shown");
        assertEquals("懸念は認められない。", file.getString("report").replace("調査の結果、", ""));
        assertEquals(200, fx.decide(modAdjudicator, second, true, "内閣府の調査結果に基づき判断").status());
        assertEquals(first, Api.as(base, modOfficer).get("evaluations/" + second).json()
                .getJsonNumber("reusedEvaluationId").longValue());
        assertTrue(fx.audit("Evaluation", second).stream().anyMatch(e -> e.getString("detail").contains("reuse of evaluation " + first)));
        assertFalse(fx.audit("Evaluation", second).stream().anyMatch(e -> e.getString("detail").contains("INVESTIGATING")),
                "no new investigation");
    }

    @Test
    void newAdverseInformationBlocksReuse() {
        VettingFixture fx = fx();
        Person p = fx.person("TOWA-HI");
        fx.certify("officer", "TOWA-HI", "加藤"); // an organ nominates a company's staff once it certified the company
        long first = fx.favourable(p);
        Api.Response change = Api.as(base, p.username()).post("certificates/changes",
                "{\"kind\":\"DEBT\",\"description\":\"住宅ローン以外の借入れが増えた\"}");
        assertEquals(201, change.status(), change.toString());

        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        fx.certify(modOfficer, "TOWA-HI", "加藤");
        long second = fx.nominate(modOfficer, p);
        fx.consent(p, second);
        JsonObject candidate = fx.array(Api.as(base, modOfficer).get("evaluations/" + second + "/reuse")).get(0);
        assertEquals("vetting.reuse.newInformation", candidate.getString("blocked"));
        Api.Response blocked = fx.act(modOfficer, second, "reuse", "\"priorId\":" + first);
        assertEquals(422, blocked.status());
        assertEquals("error.vetting.reuse.newInformation", blocked.json().getString("key"));
    }

    /** Enters a 2013-Act (SDS, TOP_SECRET) record of the organ as the administrator; the day is the server's. */
    private long sdsRecord(VettingFixture fx, Person p, String organ, int yearsAgo, String until, String ref) {
        java.time.LocalDate today = java.time.LocalDate.parse(Api.as(base, "admin").get("clock").json()
                .getString("now").substring(0, 10));
        Api.Response r = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"TOP_SECRET\",\"organId\":" + fx.orgId(organ) + ",\"externalReference\":\"" + ref
                + "\",\"notifiedOn\":\"" + today.minusYears(yearsAgo) + "\"" + (until == null ? "" : ",\"validUntil\":\""
                + today.plusYears(1) + "\"") + "}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aQualifying2013ActEvaluationOfTheSameOrganIsReusedWithoutANewInvestigation() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long sds = sdsRecord(fx, p, "METI", 2, null, "SDS-METI-" + VettingFixture.unique());
        long id = fx.nominate("officer", p);
        fx.consent(p, id);

        JsonObject candidate = fx.array(Api.as(base, "officer").get("evaluations/" + id + "/reuse")).stream()
                .filter(c -> c.getJsonNumber("eligibilityId").longValue() == sds).findFirst().orElseThrow();
        assertEquals("EXTERNAL", candidate.getString("source"));
        assertEquals("SDS_2013", candidate.getString("act"));
        assertTrue(absent(candidate, "blocked"), candidate.toString());
        assertTrue(absent(candidate, "evaluationId"), "no evaluation in Clearance behind an external record");

        Api.Response reused = fx.act("officer", id, "reuse", "\"eligibilityId\":" + sds);
        assertEquals(200, reused.status(), reused.toString());
        assertEquals("REPORTED", reused.json().getString("state"));
        JsonObject status = Api.as(base, "officer").get("evaluations/" + id).json();
        assertEquals(sds, status.getJsonObject("reused").getJsonNumber("eligibilityId").longValue());
        assertEquals("EXTERNAL", status.getJsonObject("reused").getString("source"));
        assertTrue(absent(status, "reusedEvaluationId"));

        JsonObject file = Api.as(base, "adjudicator").get("evaluations/" + id + "/file?purpose=adjudication").json();
        assertTrue(absent(file, "investigationOf"), "nothing was investigated in Clearance");
        assertEquals(200, fx.decide("adjudicator", id, true, "特定秘密の適性評価の結果に基づき判断").status());
        JsonObject result = Api.as(base, p.username()).get("evaluations/" + id + "/result").json();
        assertEquals("FAVOURABLE", result.getString("state"));
        assertTrue(fx.audit("Evaluation", id).stream().anyMatch(e -> e.getString("detail")
                .contains("reuse of eligibility " + sds + " (EXTERNAL, TOP_SECRET, METI")), "the reuse is recorded");
        assertFalse(fx.audit("Evaluation", id).stream().anyMatch(e -> e.getString("detail").contains("INVESTIGATING")),
                "no new investigation");
    }

    @Test
    void a2013ActResultOlderThanTheReuseWindowOrRevokedIsNotReused() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        // older than the reuse window: under the 2013 Act it has also passed its validity (both 5 years; a longer
        // validity is refused since issue 11), so it is blocked as no longer valid
        long old = sdsRecord(fx, p, "METI", 6, null, "SDS-OLD-" + VettingFixture.unique());
        long revoked = sdsRecord(fx, p, "METI", 1, null, "SDS-REV-" + VettingFixture.unique());
        assertEquals(200, Api.as(base, "admin").post("eligibilities/" + revoked + "/revocation",
                "{\"reason\":\"漏えい事案の調査結果\"}").status());
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        List<JsonObject> candidates = fx.array(Api.as(base, "officer").get("evaluations/" + id + "/reuse"));
        java.util.Map<Long, String> blocked = new java.util.HashMap<>();
        candidates.forEach(c -> blocked.put(c.getJsonNumber("eligibilityId").longValue(),
                absent(c, "blocked") ? null : c.getString("blocked")));
        assertEquals("vetting.reuse.notValid", blocked.get(old), candidates.toString());
        assertEquals("vetting.reuse.notValid", blocked.get(revoked), candidates.toString());
        Api.Response refused = fx.act("officer", id, "reuse", "\"eligibilityId\":" + old);
        assertEquals(422, refused.status());
        assertEquals("error.vetting.reuse.notValid", refused.json().getString("key"));
        assertEquals("QUESTIONNAIRE", fx.state("officer", id), "nothing changed");
        Api.Response english = Api.as(base, "officer").inLanguage("en").post("evaluations/" + id + "/reuse",
                "{\"version\":" + fx.version("officer", id) + ",\"eligibilityId\":" + revoked + "}");
        assertEquals("error.vetting.reuse.notValid", english.json().getString("key"));
        assertTrue(english.json().getString("message").contains("not valid"), english.toString());
    }

    @Test
    void theOfficerRecordsTheReceiptOfTheSignedLetterOfNonConsent() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        Api.Response early = fx.act("officer", id, "letter", "\"receivedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "\"");
        assertEquals("error.vetting.noLetter", early.json().getString("key"), "no letter before a refusal");
        assertEquals(200, fx.act(p.username(), id, "refuse", null).status());
        String today = Api.as(base, "admin").get("clock").json().getString("now").substring(0, 10);

        assertEquals("error.vetting.letter.dateRequired", fx.act("officer", id, "letter", null).json().getString("key"));
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        assertEquals("error.vetting.letter.future", fx.act("officer", id, "letter", "\"receivedOn\":\"" + tomorrow + "\"")
                .json().getString("key"));
        String before = java.time.LocalDate.parse(today).minusDays(1).toString();
        assertEquals("error.vetting.letter.beforeRefusal", fx.act("officer", id, "letter",
                "\"receivedOn\":\"" + before + "\"").json().getString("key"));
        assertTrue(absent(Api.as(base, "officer").get("evaluations/" + id).json(), "letterReceivedOn"), "nothing recorded");
        assertEquals(403, fx.act(p.username(), id, "letter", "\"receivedOn\":\"" + today + "\"").status(),
                "the person does not record the receipt");

        Api.Response recorded = fx.act("officer", id, "letter", "\"receivedOn\":\"" + today + "\"");
        assertEquals(200, recorded.status(), recorded.toString());
        assertEquals(today, Api.as(base, "officer").get("evaluations/" + id).json().getString("letterReceivedOn"));
        assertTrue(fx.audit("Evaluation", id).stream().anyMatch(e -> e.getString("action").equals("UPDATE")
                && e.getString("detail").contains("letterReceivedOn: null -> " + today)));
        Api.Response stale = Api.as(base, "officer").post("evaluations/" + id + "/letter", "{\"version\":0,\"receivedOn\":\""
                + today + "\"}");
        assertEquals(409, stale.status(), "a stale version is caught");
    }

    @Test
    void aNominationListIsImportedWhollyOrNotAtAll() {
        VettingFixture fx = fx();
        Person a = fx.person("METI");
        Person b = fx.person("METI");
        String header = "employer_code,staff_number,level_code,scope\n";
        Api.Response bad = fx.csv("officer", "en", header
                + "METI," + a.staffNumber() + ",CONFIDENTIAL,指定A\n"
                + "METI,NOPE-1,CONFIDENTIAL,指定A\n"
                + "METI," + b.staffNumber() + ",SECRETISH,指定A\n");
        assertEquals(422, bad.status(), bad.toString());
        List<JsonObject> errors = bad.json().getJsonArray("errors").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(List.of(3, 4), errors.stream().map(e -> e.getInt("line")).toList());
        assertTrue(errors.get(0).getString("message").contains("NOPE-1"), errors.toString());
        assertEquals(0, fx.array(Api.as(base, a.username()).get("evaluations/mine")).size(), "nothing was imported");

        Api.Response ok = fx.csv("officer", "ja", header
                + "METI," + a.staffNumber() + ",CONFIDENTIAL,指定A\nMETI," + b.staffNumber() + ",CONFIDENTIAL,\"指定A, 指定B\"\n");
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(2, ok.json().getJsonArray("created").size());
        assertEquals("NOMINATED", fx.array(Api.as(base, b.username()).get("evaluations/mine")).get(0).getString("state"));
        Api.Response again = fx.csv("officer", "ja", header
                + "METI," + a.staffNumber() + ",CONFIDENTIAL,指定A\n");
        assertEquals(422, again.status(), "already open");
    }

    @Test
    void queuesShowAgeAndOverdueMarkers() {
        VettingFixture fx = fx();
        String family = "列" + VettingFixture.unique();
        Person p = fx.named("METI", family);
        long id = fx.nominate("officer", p);
        // A case is found by its number or by the start of the person's family name (in the database).
        List<JsonObject> byNumber = Api.as(base, "officer").get("evaluations?state=NOMINATED&text=" + id).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(1, byNumber.size(), byNumber.toString());
        JsonObject row = byNumber.get(0);
        assertEquals(id, row.getJsonNumber("id").longValue());
        List<JsonObject> byName = Api.as(base, "officer").get("evaluations?text=" + java.net.URLEncoder.encode(
                family.substring(0, 5), StandardCharsets.UTF_8)).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).toList();
        assertEquals(List.of(id), byName.stream().map(r -> r.getJsonNumber("id").longValue()).toList());
        assertEquals(0, Api.as(base, "officer").get("evaluations?text=" + java.net.URLEncoder.encode("列%",
                StandardCharsets.UTF_8)).json().getJsonArray("items").size(), "% is matched literally");
        assertEquals(0, row.getInt("ageDays"));
        assertFalse(row.getBoolean("overdue"));
        assertEquals(14, row.getInt("targetDays"));
        try {
            assertEquals(200, Api.as(base, "admin").put("clock?offsetDays=20", "").status());
            JsonObject late = Api.as(base, "officer").get("evaluations?overdue=true&text=" + id).json();
            assertTrue(late.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .anyMatch(r -> r.getJsonNumber("id").longValue() == id && r.getBoolean("overdue")
                            && r.getInt("ageDays") == 20), late.toString());
        } finally {
            Api.as(base, "admin").put("clock?offsetDays=0", "");
        }
        assertEquals(403, Api.as(base, "compliance").get("evaluations").status());
        assertTrue(Api.as(base, p.username()).get("evaluations").json().getJsonArray("items").stream()
                .allMatch(r -> r.asJsonObject().getJsonNumber("personId").longValue() == p.id()));
    }
}
