package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Need to know, through the API: every refused read of personal data is in the audit trail like an allowed one (who,
 * what, the purpose given, refused), whether the role or the case refused it; and an investigator reads only the
 * cases assigned to them or in their desk's queue (the same 404 as a missing id otherwise).
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {
    /** An evaluation id no one has. */
    private static final long MISSING = 987_654_321_012L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private VettingFixture fx() {
        return new VettingFixture(base);
    }

    /** The refusals recorded for this entity, as the auditor filters the trail for them: "actor|detail". */
    private List<String> refusals(String entityType, long id) {
        Api.Response r = Api.as(base, "auditor").get("audit?action=ACCESS_DENIED&entityType=" + entityType
                + "&entityId=" + id + "&size=200");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .map(e -> e.getString("actor") + "|" + e.getString("detail")).toList();
    }

    private List<String> reads(String entityType, long id) {
        return fx().audit(entityType, id).stream().filter(e -> e.getString("action").equals("READ"))
                .map(e -> e.getString("actor")).toList();
    }

    @Test
    void aRefusalByRoleIsAuditedWithWhoWhatAndThePurposeGiven() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.submitted(p);

        Api.Response compliance = Api.as(base, "compliance").get("evaluations/" + id + "/file?purpose=curiosity");
        assertEquals(403, compliance.status(), "a compliance officer does not read investigation files: " + compliance);
        assertEquals("error.forbidden", compliance.json().getString("key"));
        Api.Response officer = Api.as(base, "officer").get("evaluations/" + id + "/questionnaire?purpose=check");
        assertEquals(403, officer.status(), "an officer reads status and result only: " + officer);

        List<String> file = refusals("InvestigationFile", id);
        assertTrue(file.stream().anyMatch(r -> r.startsWith("compliance|") && r.contains("purpose=curiosity")
                && r.contains("refused")), file.toString());
        List<String> questionnaire = refusals("Questionnaire", id);
        assertTrue(questionnaire.stream().anyMatch(r -> r.startsWith("officer|") && r.contains("purpose=check")
                && r.contains("refused")), questionnaire.toString());
        assertFalse(reads("InvestigationFile", id).contains("compliance"), "a refused read is no read");
        assertFalse(reads("Questionnaire", id).contains("officer"), "a refused read is no read");

        // A person's record: a compliance officer may not read it, and that is recorded too.
        Api.Response person = Api.as(base, "compliance").get("people/" + p.id() + "?purpose=background");
        assertEquals(403, person.status(), person.toString());
        List<String> people = refusals("Person", p.id());
        assertTrue(people.stream().anyMatch(r -> r.startsWith("compliance|") && r.contains("purpose=background")),
                people.toString());
    }

    /** Issue 19, observation 8: the vetting facts behind a complaint and its files, refused by role, are recorded. */
    @Test
    void refusedReadsOfAComplaintsVettingFactsAndFilesAreAudited() throws Exception {
        long employer = Api.as(base, "admin").get("organizations?text=TOWA-HI").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("TOWA-HI")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Response lodged = Api.as(base, "employee").post("grievances", "{\"type\":\"DEMOTION\","
                + "\"ground\":\"REFUSED_CONSENT\",\"employerId\":" + employer + ",\"occurredOn\":\"2026-01-15\","
                + "\"decidedBy\":\"人事課長\",\"description\":\"監査の確認 " + System.nanoTime() + "\"}");
        assertEquals(201, lodged.status(), lodged.toString());
        long id = lodged.json().getJsonNumber("id").longValue();
        java.net.http.HttpResponse<String> up = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/grievances/mine/" + id
                                + "/attachments?fileName=memo.txt"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                ("employee:" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/plain").header("Accept", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("メモ")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, up.statusCode(), up.body());
        long file;
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(
                Api.as(base, "grievance").get("grievances/" + id + "/attachments").body()))) {
            file = r.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }

        assertEquals(403, Api.as(base, "compliance").get("grievances/" + id + "/facts").status());
        assertEquals(403, Api.as(base, "compliance").get("grievances/" + id + "/attachments/" + file).status());
        List<String> facts = refusals("Grievance", id);
        assertTrue(facts.stream().anyMatch(r -> r.startsWith("compliance|") && r.contains("vetting facts")),
                facts.toString());
        List<String> files = refusals("GrievanceAttachment", file);
        assertTrue(files.stream().anyMatch(r -> r.startsWith("compliance|") && r.contains("file")), files.toString());
        assertEquals(200, Api.as(base, "grievance").get("grievances/" + id + "/attachments/" + file).status(),
                "the desk reads it");
    }

    @Test
    void aRefusalByTheCaseIsAuditedWhateverTheAnswerSays() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.submitted(p);
        assertEquals(200, fx.act("investigator", id, "take", null).status());

        // A colleague of the investigating body: the case is in the desk's queue, but the file is the assignee's.
        String colleague = fx.login("CAO", "INVESTIGATOR");
        Api.Response inCircle = Api.as(base, colleague).get("evaluations/" + id + "/file?purpose=curiosity");
        assertEquals(422, inCircle.status(), inCircle.toString());
        assertEquals("error.vetting.privacy", inCircle.json().getString("key"));
        // An investigator of another organization: the case does not exist for them.
        String outsider = fx.login("MOD", "INVESTIGATOR");
        Api.Response unknown = Api.as(base, outsider).get("evaluations/" + id + "/questionnaire?purpose=fishing");
        assertEquals(404, unknown.status(), unknown.toString());
        // Another employee reads someone else's answers.
        Person other = fx.person("METI");
        assertEquals(404, Api.as(base, other.username()).get("evaluations/" + id + "/questionnaire?purpose=nosy")
                .status());

        List<String> file = refusals("InvestigationFile", id);
        assertTrue(file.stream().anyMatch(r -> r.startsWith(colleague + "|") && r.contains("purpose=curiosity")),
                file.toString());
        List<String> questionnaire = refusals("Questionnaire", id);
        assertTrue(questionnaire.stream().anyMatch(r -> r.startsWith(outsider + "|") && r.contains("purpose=fishing")),
                questionnaire.toString());
        assertTrue(questionnaire.stream().anyMatch(r -> r.startsWith(other.username() + "|")
                && r.contains("purpose=nosy")), questionnaire.toString());
        assertFalse(reads("InvestigationFile", id).contains(colleague), "a refused read is no read");

        // The allowed read next to them, for comparison: the same who, what and purpose, as a READ.
        assertEquals(200, Api.as(base, "investigator").get("evaluations/" + id + "/file?purpose=investigation").status());
        assertTrue(reads("InvestigationFile", id).contains("investigator"));
        assertFalse(refusals("InvestigationFile", id).stream().anyMatch(r -> r.startsWith("investigator|")));
    }

    @Test
    void anInvestigatorReadsOnlyTheCasesAssignedToThemOrInTheirDesksQueue() {
        VettingFixture fx = fx();
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        String colleague = fx.login("CAO", "INVESTIGATOR");

        Api.Response missing = Api.as(base, "investigator").get("evaluations/" + MISSING);
        assertEquals(404, missing.status(), missing.toString());
        // Only nominated: not in the investigating body's queue, so it does not exist for its investigators.
        assertNotVisible(colleague, id, missing, "nominated");
        assertNotVisible("investigator", id, missing, "nominated");
        Api.Response file = Api.as(base, "investigator").get("evaluations/" + id + "/file?purpose=x");
        assertEquals(404, file.status(), "nominated: " + file);
        fx.consent(p, id);
        fx.fillIn(p, id);
        assertNotVisible(colleague, id, missing, "being filled in");

        fx.submit(p, id);
        assertVisible(colleague, id, "submitted: in the desk's queue");
        assertEquals(200, fx.act("investigator", id, "take", null).status());
        assertVisible(colleague, id, "under investigation by a colleague: still in the desk's queue");
        assertVisible("investigator", id, "assigned");

        Api.Response w = Api.as(base, "investigator").put("evaluations/" + id + "/investigation", "{\"version\":"
                + fx.version("investigator", id) + ",\"checklist\":" + VettingFixture.CHECKLIST + ",\"findings\":"
                + fx.findings("懸念なし") + "}");
        assertEquals(200, w.status(), w.toString());
        assertEquals(200, fx.act("investigator", id, "report", "\"report\":\"懸念は認められない。\"").status());
        // Reported: out of the queue; the assigned investigator still reads their own case, the colleague no longer.
        assertVisible("investigator", id, "reported, assigned");
        assertNotVisible(colleague, id, missing, "reported, taken by someone else");
        // Others are unchanged: the requesting organ's officer and adjudicator, the auditor.
        for (String user : List.of("officer", "adjudicator", "auditor", p.username())) {
            assertEquals(200, Api.as(base, user).get("evaluations/" + id).status(), user);
        }
    }

    /** The case reads like a missing id, and the investigator's queue does not list it (one definition for both). */
    private void assertNotVisible(String investigator, long id, Api.Response missing, String when) {
        Api.Response r = Api.as(base, investigator).get("evaluations/" + id);
        assertEquals(missing.status(), r.status(), when + ": " + r);
        JsonObject a = r.json();
        JsonObject b = missing.json();
        assertEquals(b.getString("key"), a.getString("key"), when);
        assertEquals(b.getString("message").replaceAll("[0-9,]", ""), a.getString("message").replaceAll("[0-9,]", ""),
                when + ": the same message as a missing id, but for the number");
        assertFalse(r.body().contains(fx().state("auditor", id)), when + ": nothing about the case");
        assertFalse(inQueue(investigator, id), when + ": not in the queue");
    }

    private void assertVisible(String investigator, long id, String when) {
        Api.Response r = Api.as(base, investigator).get("evaluations/" + id);
        assertEquals(200, r.status(), when + ": " + r);
        assertTrue(inQueue(investigator, id) || r.json().getString("investigator", "").equals(investigator),
                when + ": in the queue or assigned");
    }

    private boolean inQueue(String investigator, long id) {
        Api.Response q = Api.as(base, investigator).get("evaluations?view=INVESTIGATOR&text=" + id + "&size=50");
        assertEquals(200, q.status(), q.toString());
        return q.json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id);
    }
}
