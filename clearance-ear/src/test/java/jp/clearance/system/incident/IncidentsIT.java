package jp.clearance.system.incident;

import static jp.clearance.system.incident.IncidentFixtures.array;
import static jp.clearance.system.incident.IncidentFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leak incidents on the real server through the API: the penalty rules of both Acts (maxima shown, sentences above
 * them refused naming the article, dual liability), every transition of the incident and of a charge and the refused
 * ones, clearance suspension, evidence with its SHA-256, the ledger and statistics, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private IncidentFixtures f() {
        return new IncidentFixtures(base);
    }

    /**
     * The incident report PDF as the user sees it in a language, as text without white space (exactly as written: no
     * Kangxi-radical look-alikes such as ⽌ for 止, see IncidentPdf).
     */
    private String reportText(String user, long incidentId, String language) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/incidents/" + incidentId + "/report.pdf")).header("Authorization", basic(user))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    @Test
    void act2024HandlerAndCompanyFullCaseToClosure() throws Exception {
        IncidentFixtures f = f();
        long designation = f.designation("CONFIDENTIAL");
        JsonObject incident = f.incident(designation);
        long id = incident.getJsonNumber("id").longValue();
        assertEquals("REPORTED", incident.getString("status"));
        long handler = f.addPerson(id, f.person("TOWA-HI", "加藤"), "HANDLER");
        long company = f.addOrganization(id, "TOWA-HI");

        JsonArray offences = array(f.compliance().get("incidents/" + id + "/offences?designationId=" + designation).body());
        assertTrue(offences.stream().allMatch(o -> o.asJsonObject().getString("act").equals("CESI_2024")), offences.toString());

        Api.Response wrongAct = f.lay(id, handler, designation, "SDS_INTENTIONAL_LEAK_HANDLER");
        assertEquals(422, wrongAct.status(), wrongAct.toString());

        Api.Response laid = f.lay(id, handler, designation, "INTENTIONAL_LEAK_HANDLER");
        assertEquals(201, laid.status(), laid.toString());
        JsonObject charge = laid.json();
        assertEquals(60, charge.getInt("maxPrisonMonths"), "5 years for a Confidential-class handler leak");
        assertEquals(5_000_000L, charge.getJsonNumber("maxFineYen").longValue());
        assertEquals("Art 23(1)", charge.getString("article"));
        long personCharge = charge.getJsonNumber("id").longValue();

        Api.Response companyLaid = f.lay(id, company, designation, "INTENTIONAL_LEAK_HANDLER");
        assertEquals(201, companyLaid.status(), companyLaid.toString());
        assertTrue(companyLaid.json().getBoolean("corporate"));
        assertEquals(5_000_000L, companyLaid.json().getJsonNumber("corporateFineYen").longValue(), "dual-liability fine");
        long companyCharge = companyLaid.json().getJsonNumber("id").longValue();

        // Incident: reported -> under investigation; referral needs a referred charge.
        assertEquals(200, f.transition(id, "UNDER_INVESTIGATION", null).status());
        assertEquals(422, f.transition(id, "REFERRED", null).status(), "no charge referred yet");
        for (long c : new long[] {personCharge, companyCharge}) {
            assertEquals(200, f.step(c, "referral", today().minusDays(4)).status());
        }
        assertEquals(200, f.transition(id, "REFERRED", null).status());
        assertEquals(422, f.transition(id, "INDICTED", null).status(), "no charge indicted yet");
        for (long c : new long[] {personCharge, companyCharge}) {
            assertEquals(200, f.decide(c, true, today().minusDays(3)).status());
        }
        assertEquals(200, f.transition(id, "INDICTED", null).status());
        assertEquals(422, f.transition(id, "JUDGED", null).status(), "no judgment yet");

        // Above the maximum: refused, naming the Act and the article (both Acts have an Art 23(1)), in both languages;
        // nothing recorded.
        Api.Response above = f.judge(personCharge, today().minusDays(2), "CONVICTED", 61, false, null, null);
        assertEquals(422, above.status(), above.toString());
        assertEquals("拘禁刑が 重要経済安保情報保護活用法（令和6年） 第23条第1項 の法定刑の上限を超えています（上限 60か月、入力 61か月）。", above.json().getString("message"));
        Api.Response aboveEn = f.judge(Api.as(base, "compliance").inLanguage("en"), personCharge, today().minusDays(2),
                "CONVICTED", 61, false, null, null);
        assertTrue(aboveEn.json().getString("message").contains("statutory maximum of CESI Act (2024) Art 23(1)"), aboveEn.toString());
        assertEquals("INDICTED", f.charge(personCharge).getString("status"));

        // Issue 15, item 10: prison and fine both above their maxima: both are told, not only the first.
        Api.Response both = f.judge(personCharge, today().minusDays(2), "CONVICTED", 61, false, null, 5_000_001L);
        assertEquals(422, both.status(), both.toString());
        String violations = both.json().getJsonArray("violations").toString();
        assertTrue(violations.contains("拘禁刑が") && violations.contains("罰金が") && violations.contains("5,000,000円")
                && violations.contains("5,000,001円"), violations);

        Api.Response valid = f.judge(personCharge, today().minusDays(2), "CONVICTED", 24, true, 48, 1_000_000L);
        assertEquals(200, valid.status(), valid.toString());
        assertEquals(today().minusDays(2).plusDays(14).toString(), valid.json().getString("appealDeadline"),
                "APPEAL_PERIOD_DAYS from the reference data");

        assertEquals(422, f.judge(companyCharge, today().minusDays(2), "CONVICTED", null, false, null, 5_000_001L).status());
        assertEquals(422, f.judge(companyCharge, today().minusDays(2), "CONVICTED", 12, false, null, 1_000L).status(),
                "no prison for a company");
        assertEquals(200, f.judge(companyCharge, today().minusDays(2), "CONVICTED", null, false, null, 5_000_000L).status());
        assertEquals(200, f.transition(id, "JUDGED", null).status());
        assertEquals(422, f.transition(id, "CLOSED", null).status(), "judged cannot close before final");

        // The person appeals; the appeal judgment stands; both become final.
        assertEquals(422, f.transition(id, "FINAL", null).status(), "proceedings pending");
        assertEquals(200, f.step(personCharge, "appeal", today().minusDays(1)).status());
        assertEquals(200, f.judge(personCharge, today(), "CONVICTED", 18, true, 36, null).status());
        assertEquals(200, f.step(personCharge, "final", today()).status());
        assertEquals(200, f.step(companyCharge, "final", today()).status());
        assertEquals(422, f.step(companyCharge, "appeal", today()).status(), "final is final");
        Api.Response paid = f.compliance().post("charges/" + companyCharge + "/payment", "{\"version\":"
                + f.version(companyCharge) + ",\"amountYen\":5000000,\"on\":\"" + today() + "\"}");
        assertEquals(200, paid.status(), paid.toString());
        assertEquals(200, f.transition(id, "FINAL", null).status());
        Api.Response closed = f.transition(id, "CLOSED", null);
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CONVICTED", closed.json().getString("outcome"));
        assertEquals(422, f.compliance().post("incidents/" + id + "/tasks", "{\"title\":\"x\",\"assignee\":\"compliance\"}")
                .status(), "a closed incident cannot be changed");

        // The incident report (PDF) in Japanese and English: header, parties, charges with maxima and sentences, timeline.
        String ja = reportText("compliance", id, "ja");
        for (String expected : new String[] {"漏えい事案報告書", incident.getString("title"), "USBメモリの紛失", "アクセス権の停止",
                "加藤", "Art23(1)", "拘禁刑の上限5年", "1年6か月", "5,000,000円", "東京地方裁判所",
                "報告済み→調査中"}) {
            assertTrue(ja.contains(expected), expected + " in " + ja);
        }
        String en = reportText("auditor", id, "en");
        for (String expected : new String[] {"Leakincidentreport", incident.getString("title"), "USBメモリの紛失",
                "1years6months", "¥5,000,000", "Reported→Underinvestigation"}) {
            assertTrue(en.contains(expected), expected + " in " + en);
        }
        assertEquals(403, Api.as(base, "officer").get("incidents/" + id + "/report.pdf").status(), "only compliance and audit");
        assertTrue(Api.as(base, "auditor").get("audit?entityType=Incident&entityId=" + id + "&action=READ").json()
                .getJsonArray("items").toString().contains("incident report"), "the report is an audited read");

        // Ledger totals (computed in the database): fines imposed, paid and outstanding for companies.
        JsonArray totals = array(f.compliance().get("charges/ledger/totals?corporate=true").body());
        assertEquals(1, totals.size(), totals.toString());
        JsonObject companies = totals.getJsonObject(0);
        assertTrue(companies.getBoolean("corporate"));
        assertTrue(companies.getJsonNumber("finesPaidYen").longValue() >= 5_000_000L, companies.toString());
        assertEquals(companies.getJsonNumber("finesImposedYen").longValue() - companies.getJsonNumber("finesPaidYen").longValue(),
                companies.getJsonNumber("outstandingYen").longValue(), companies.toString());
        assertTrue(array(f.compliance().get("charges/ledger/totals").body()).stream()
                .anyMatch(t -> !t.asJsonObject().getBoolean("corporate")), "people have a line too");

        // Ledger and statistics.
        JsonArray ledger = f.compliance().get("charges/ledger?size=200").json().getJsonArray("items");
        JsonObject companyLine = ledger.stream().map(v -> v.asJsonObject())
                .filter(l -> l.getJsonNumber("id").longValue() == companyCharge).findFirst().orElseThrow();
        assertEquals(5_000_000L, companyLine.getJsonNumber("finePaidYen").longValue());
        assertTrue(ledger.stream().anyMatch(l -> l.asJsonObject().getJsonNumber("id").longValue() == personCharge));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/charges/ledger/export")).header("Authorization", basic("compliance"))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("incident,charge,party,company,act,article"), csv.body());
        assertTrue(csv.body().contains(",CESI_2024,Art 23(1),INTENTIONAL_LEAK_HANDLER,"), csv.body());
        JsonArray stats = array(f.compliance().get("incidents/statistics?year=" + today().minusDays(5).getYear()).body());
        assertTrue(stats.stream().map(v -> v.asJsonObject()).anyMatch(s -> s.getString("dimension").equals("OUTCOME")
                && s.getString("key").equals("CONVICTED") && s.getInt("count") >= 1), stats.toString());
        assertTrue(stats.stream().map(v -> v.asJsonObject()).anyMatch(s -> s.getString("dimension").equals("LEVEL")
                && s.getString("key").equals("CONFIDENTIAL")), stats.toString());

        JsonArray timeline = array(f.compliance().get("incidents/" + id + "/timeline").body());
        assertTrue(timeline.size() > 15, "every step is on the timeline: " + timeline.size());
        JsonObject audit = Api.as(base, "auditor").get("audit?entityType=Incident&entityId=" + id + "&action=TRANSITION").json();
        assertEquals(6, audit.getInt("total"), "six incident transitions audited");
    }

    @Test
    void act2013TopSecretMaximaAndNoDualLiability() {
        IncidentFixtures f = f();
        long designation = f.designation("TOP_SECRET");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long handler = f.addPerson(id, f.person("MOD", "松本"), "HANDLER");
        long company = f.addOrganization(id, "HOKUTO-EP");

        assertEquals(422, f.lay(id, handler, designation, "INTENTIONAL_LEAK_HANDLER").status(), "2024-Act row for Top Secret");
        Api.Response companyCharge = f.lay(id, company, designation, "SDS_INTENTIONAL_LEAK_HANDLER");
        assertEquals(422, companyCharge.status());
        assertEquals("特定秘密保護法（平成25年） 第23条第1項 には両罰規定がないため、法人を対象にできません。", companyCharge.json().getString("message"));

        long charge = f.indicted(id, handler, designation, "SDS_INTENTIONAL_LEAK_HANDLER");
        assertEquals(120, f.charge(charge).getInt("maxPrisonMonths"), "10 years for a Top Secret-class handler leak");
        Api.Response above = f.judge(charge, today().minusDays(1), "CONVICTED", 121, false, null, null);
        assertEquals(422, above.status());
        assertTrue(above.json().getString("message").contains("特定秘密保護法（平成25年） 第23条第1項"), above.toString());
        Api.Response fineAlone = f.judge(charge, today().minusDays(1), "CONVICTED", null, false, null, 1_000_000L);
        assertEquals(422, fineAlone.status());
        assertEquals("error.charge.fineAloneNotAllowed", fineAlone.json().getString("key"));
        assertEquals(200, f.judge(charge, today().minusDays(1), "CONVICTED", 120, false, null, 10_000_000L).status());

        long conspiracy = f.indicted(id, handler, designation, "SDS_CONSPIRACY");
        Api.Response withFine = f.judge(conspiracy, today().minusDays(1), "CONVICTED", 12, false, null, 1_000L);
        assertEquals("error.charge.fineNotAvailable", withFine.json().getString("key"), withFine.toString());
        assertEquals(422, f.judge(conspiracy, today().minusDays(1), "CONVICTED", 61, false, null, null).status());
        assertEquals(200, f.judge(conspiracy, today().minusDays(1), "ACQUITTED", null, false, null, null).status());
    }

    @Test
    void notIndictedPathAndClosingWithoutReferral() {
        IncidentFixtures f = f();
        long designation = f.designation("CONFIDENTIAL");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long outsider = f.addPerson(id, f.person("HOKUTO-EP", "山本"), "OUTSIDER");
        Api.Response jump = f.transition(id, "REFERRED", null);
        assertEquals(422, jump.status());
        assertEquals("error.incident.transitionNotAllowed", jump.json().getString("key"));
        assertEquals(200, f.transition(id, "UNDER_INVESTIGATION", null).status());
        Api.Response laid = f.lay(id, outsider, designation, "ACQUISITION");
        long charge = laid.json().getJsonNumber("id").longValue();
        assertEquals(422, f.step(charge, "final", today()).status(), "laid charge cannot become final");
        assertEquals(422, f.step(charge, "referral", today().plusDays(1)).status(), "no date in the future");
        assertEquals(200, f.step(charge, "referral", today().minusDays(2)).status());
        assertEquals(200, f.transition(id, "REFERRED", null).status());
        assertEquals(422, f.decide(charge, false, today().minusDays(3)).status(), "decision before the referral");
        assertEquals(200, f.decide(charge, false, today().minusDays(1)).status());
        assertEquals(422, f.transition(id, "INDICTED", null).status());
        assertEquals(200, f.transition(id, "NOT_INDICTED", null).status());
        Api.Response closed = f.transition(id, "CLOSED", null);
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("NOT_INDICTED", closed.json().getString("outcome"));

        long other = f.incident(designation).getJsonNumber("id").longValue();
        Api.Response noReason = f.transition(other, "CLOSED", " ");
        assertEquals(422, noReason.status());
        assertEquals("error.incident.closeReasonRequired", noReason.json().getString("key"));
        Api.Response withReason = f.transition(other, "CLOSED", "誤報であった");
        assertEquals(200, withReason.status());
        assertEquals("NO_REFERRAL", withReason.json().getString("outcome"));
        assertEquals(422, f.transition(other, "UNDER_INVESTIGATION", null).status(), "closed is final");

        long investigated = f.incident(designation).getJsonNumber("id").longValue();
        assertEquals(200, f.transition(investigated, "UNDER_INVESTIGATION", null).status());
        Api.Response investigatedNoReason = f.transition(investigated, "CLOSED", null);
        assertEquals(422, investigatedNoReason.status(), investigatedNoReason.toString());
        assertEquals("error.incident.closeReasonRequired", investigatedNoReason.json().getString("key"));
        Api.Response investigatedClosed = f.transition(investigated, "CLOSED", "調査の結果、漏えいなし");
        assertEquals(200, investigatedClosed.status(), investigatedClosed.toString());
        assertEquals("NO_REFERRAL", investigatedClosed.json().getString("outcome"));
        assertEquals("調査の結果、漏えいなし", investigatedClosed.json().getString("closeReason"));

        long stale = f.compliance().get("incidents/" + id).json().getJsonNumber("version").longValue() - 1;
        assertEquals(409, f.compliance().post("incidents/" + id + "/transition", "{\"version\":" + stale
                + ",\"to\":\"CLOSED\"}").status());
    }

    @Test
    void appealAfterTheDeadlineIsRefused() {
        IncidentFixtures f = f();
        long designation = f.designation("CONFIDENTIAL");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long recipient = f.addPerson(id, f.person("TOWA-HI", "加藤"), "RECIPIENT");
        long charge = f.indicted(id, recipient, designation, "NEGLIGENT_LEAK_RECIPIENT");
        Api.Response both = f.judge(charge, today().minusDays(2), "CONVICTED", 3, false, null, 100_000L);
        assertEquals("error.charge.bothNotAllowed", both.json().getString("key"), "6 months or ¥200k, not both");
        assertEquals(200, f.judge(charge, today().minusDays(2), "CONVICTED", null, false, null, 200_000L).status());
        Api.Response late = f.compliance().post("charges/" + charge + "/appeal", "{\"version\":" + f.version(charge)
                + ",\"on\":\"" + today().minusDays(1) + "\"}");
        assertEquals(200, late.status(), "within 14 days");
        assertEquals(422, f.judge(charge, today().minusDays(3), "CONVICTED", null, false, null, 100_000L).status(),
                "appeal judgment before the appeal");
    }

    @Test
    void anAppealTwentyDaysAfterTheJudgmentIsTooLate() {
        IncidentFixtures f = f();
        long designation = f.designation("CONFIDENTIAL");
        long id = f.incident(designation, 28).getJsonNumber("id").longValue();
        long recipient = f.addPerson(id, f.person("TOWA-HI", "加藤"), "RECIPIENT");
        Api.Response laid = f.lay(id, recipient, designation, "NEGLIGENT_LEAK_RECIPIENT");
        assertEquals(201, laid.status(), laid.toString());
        long charge = laid.json().getJsonNumber("id").longValue();
        assertEquals(200, f.step(charge, "referral", today().minusDays(25)).status());
        assertEquals(200, f.decide(charge, true, today().minusDays(22)).status());
        Api.Response judged = f.judge(charge, today().minusDays(20), "CONVICTED", null, false, null, 100_000L);
        assertEquals(200, judged.status(), judged.toString());
        assertEquals(today().minusDays(6).toString(), judged.json().getString("appealDeadline"));
        assertTrue(f.charge(charge).getBoolean("appealDeadlinePassed"), "flagged: the appeal period is over");
        Api.Response late = f.step(charge, "appeal", today());
        assertEquals(422, late.status(), late.toString());
        assertEquals("error.charge.appealTooLate", late.json().getString("key"));
        assertEquals("JUDGED", f.charge(charge).getString("status"), "nothing recorded");
        assertEquals(200, f.step(charge, "final", today()).status());
    }

    @Test
    void anAdministrativeOrganCannotBeChargedOrFined() {
        IncidentFixtures f = f();
        long designation = f.designation("CONFIDENTIAL");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long organ = f.addOrganization(id, "METI");
        JsonObject party = array(f.compliance().get("incidents/" + id + "/parties").body()).stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getJsonNumber("id").longValue() == organ).findFirst().orElseThrow();
        assertEquals("ORGAN", party.getString("role"));
        Api.Response refused = f.lay(id, organ, designation, "INTENTIONAL_LEAK_HANDLER");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("error.charge.organNotLiable", refused.json().getString("key"));
        assertTrue(refused.json().getString("message").contains("METI"), refused.toString());
        Api.Response refusedEn = f.compliance().inLanguage("en").post("incidents/" + id + "/charges", "{\"partyId\":" + organ
                + ",\"designationId\":" + designation + ",\"penaltyCode\":\"ACQUISITION\"}");
        assertEquals(422, refusedEn.status(), refusedEn.toString());
        assertTrue(refusedEn.json().getString("message").contains("administrative organ"), refusedEn.toString());
        assertTrue(array(f.compliance().get("incidents/" + id + "/charges").body()).isEmpty(), "nothing laid");
    }

    @Test
    void involvingAClearedPersonSuspendsTheClearanceAndRequestsAReEvaluation() {
        IncidentFixtures f = f();
        long person = f.person("TOWA-HI", "吉田");
        long eligibility = f.eligibility(person, "CONFIDENTIAL");
        long id = f.incident(f.designation("CONFIDENTIAL")).getJsonNumber("id").longValue();
        long party = f.addPerson(id, person, "HANDLER");
        JsonObject row = array(f.compliance().get("incidents/" + id + "/parties").body()).stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getJsonNumber("id").longValue() == party).findFirst().orElseThrow();
        assertTrue(row.getJsonArray("validClearances").toString().contains("CONFIDENTIAL"), row.toString());

        assertEquals(422, f.compliance().post("incidents/" + id + "/parties/" + party + "/suspension",
                "{\"reason\":\" \"}").status(), "a reason is required");
        Api.Response suspended = f.compliance().post("incidents/" + id + "/parties/" + party + "/suspension",
                "{\"reason\":\"漏えい事案への関与\"}");
        assertEquals(200, suspended.status(), suspended.toString());
        assertEquals(today().toString(), suspended.json().getString("clearanceSuspendedOn"));
        JsonObject e = Api.as(base, "admin").get("eligibilities?personId=" + person + "&size=200").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).filter(x -> x.getJsonNumber("id").longValue() == eligibility)
                .findFirst().orElseThrow();
        assertEquals("SUSPENDED", e.getString("status"));
        assertEquals(today().toString(), f.compliance().get("incidents/" + id).json().getString("reevaluationRequestedOn"));
        assertEquals(422, f.compliance().post("incidents/" + id + "/parties/" + party + "/suspension",
                "{\"reason\":\"再度\"}").status(), "nothing left to suspend");
        JsonObject audit = Api.as(base, "auditor").get("audit?entityType=Eligibility&entityId=" + eligibility).json();
        assertTrue(audit.getJsonArray("items").toString().contains("SUSPENDED"), audit.toString());
    }

    @Test
    void evidenceIsStoredWithItsHashAndWhoAddedIt() throws Exception {
        IncidentFixtures f = f();
        long id = f.incident(f.designation("CONFIDENTIAL")).getJsonNumber("id").longValue();
        byte[] content = "証拠のログファイル\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/incidents/" + id + "/attachments?fileName=log.txt"))
                .header("Authorization", basic("compliance"))
                .header("Content-Type", "text/plain").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        JsonObject a = array(f.compliance().get("incidents/" + id + "/attachments").body()).getJsonObject(0);
        assertEquals(expected, a.getString("sha256"));
        assertEquals("compliance", a.getString("addedBy"));
        assertEquals(content.length, a.getInt("sizeBytes"));
    }

    @Test
    void onlyComplianceOfficersChangeIncidentsAndAuditorsRead() {
        IncidentFixtures f = f();
        long id = f.incident(f.designation("CONFIDENTIAL")).getJsonNumber("id").longValue();
        assertEquals(403, Api.as(base, "officer").get("incidents").status());
        assertEquals(403, Api.as(base, "employee").get("incidents/" + id).status());
        assertEquals(403, Api.as(base, "admin").get("charges/ledger").status());
        assertEquals(200, Api.as(base, "auditor").get("incidents/" + id).status());
        assertEquals(403, Api.as(base, "auditor").post("incidents/" + id + "/comments", "{\"text\":\"x\"}").status());
        assertEquals(201, f.compliance().post("incidents/" + id + "/comments", "{\"text\":\"初動対応を確認\"}").status());
        Api.Response task = f.compliance().post("incidents/" + id + "/tasks", "{\"title\":\"関係者の聴取\",\"assignee\":\"compliance\"}");
        assertEquals(201, task.status(), task.toString());
        assertEquals(today().plusDays(14).toString(), task.json().getString("dueOn"), "INCIDENT_TASK_DUE_DAYS");
        assertEquals(422, f.compliance().post("incidents/" + id + "/tasks", "{\"title\":\"x\",\"assignee\":\"nobody\"}").status());
        JsonObject queue = f.compliance().get("incidents?open=true&size=200").json();
        assertTrue(queue.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id));
        assertFalse(Api.as(base, "auditor").get("audit?entityType=Incident&entityId=" + id + "&action=READ").json()
                .getJsonArray("items").isEmpty(), "reading the incident is audited");
    }
}
