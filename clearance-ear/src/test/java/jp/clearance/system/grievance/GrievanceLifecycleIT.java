package jp.clearance.system.grievance;

import static jp.clearance.system.grievance.GrievanceFixture.binary;
import static jp.clearance.system.grievance.GrievanceFixture.fileName;
import static jp.clearance.system.grievance.GrievanceFixture.lodgeNamed;
import static jp.clearance.system.grievance.GrievanceFixture.sha256;
import static jp.clearance.system.grievance.GrievanceFixture.shiftClock;
import static jp.clearance.system.grievance.GrievanceFixture.step;
import static jp.clearance.system.grievance.GrievanceFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Named complaints through the API: lodging, the desk's work, every transition and refusal, deadlines, access. */
@ExtendWith(ArquillianExtension.class)
class GrievanceLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject desk(long id) {
        return Api.as(base, "grievance").get("grievances/" + id).json();
    }

    @Test
    void aNamedComplaintIsAcknowledgedInvestigatedAndDecidedWithRemedies() {
        JsonObject lodged = lodgeNamed(base, "PAY_CUT", "REFUSED_CONSENT", unique("同意を拒否した後に減給された"));
        long id = lodged.getJsonNumber("id").longValue();
        assertEquals("LODGED", lodged.getString("status"));
        assertEquals("NAMED", lodged.getString("channel"));
        LocalDate lodgedOn = LocalDate.parse(lodged.getString("lodgedAt").substring(0, 10));
        assertEquals(lodgedOn.plusDays(7).toString(), lodged.getString("ackDue"), "GRIEVANCE_ACK_DAYS");
        assertEquals(lodgedOn.plusMonths(3).toString(), lodged.getString("decisionDue"), "GRIEVANCE_DECISION_MONTHS");

        JsonObject c = desk(id);
        assertEquals("employee", c.getString("complainant"));
        assertEquals("CAO", c.getString("deskCode"), "unfair treatment goes to the Cabinet Office desk");
        assertEquals("METI", c.getString("employerCode"));
        assertTrue(Api.as(base, "grievance").get("grievances?size=200&sort=id&desc=true").body().contains("\"id\":" + id));

        Api.Response refused = Api.as(base, "grievance").post("grievances/" + id + "/decide",
                "{\"version\":" + c.getJsonNumber("version") + ",\"outcome\":\"NOT_SUBSTANTIATED\",\"reasons\":\"r\"}");
        assertEquals(422, refused.status(), "a lodged complaint is acknowledged first");
        assertEquals("error.grievance.transitionRefused", refused.json().getString("key"));

        Api.Response ack = Api.as(base, "grievance").post("grievances/" + id + "/acknowledge",
                step(c.getJsonNumber("version").longValue(), "減給の通知書の写しをお送りください。"));
        assertEquals(200, ack.status(), ack.toString());
        assertEquals("ACKNOWLEDGED", ack.json().getString("status"));
        Api.Response stale = Api.as(base, "grievance").post("grievances/" + id + "/investigate",
                step(c.getJsonNumber("version").longValue(), null));
        assertEquals(409, stale.status(), "stale version");
        Api.Response again = Api.as(base, "grievance").post("grievances/" + id + "/acknowledge",
                step(ack.json().getJsonNumber("version").longValue(), null));
        assertEquals(422, again.status(), "acknowledged only once");

        JsonObject mine = Api.as(base, "employee").get("grievances/mine/" + id).json();
        assertEquals("ACKNOWLEDGED", mine.getString("status"));
        assertTrue(mine.getJsonArray("timeline").toString().contains("減給の通知書の写しをお送りください。"));
        Api.Response reply = Api.as(base, "employee").post("grievances/mine/" + id + "/messages",
                text("通知書を添付します。"));
        assertEquals(200, reply.status(), reply.toString());

        long v = desk(id).getJsonNumber("version").longValue();
        Api.Response inv = Api.as(base, "grievance").post("grievances/" + id + "/investigate", step(v, null));
        assertEquals("INVESTIGATING", inv.json().getString("status"), inv.toString());
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/notes",
                "{\"kind\":\"EMPLOYER_REQUEST\",\"text\":\"経済産業省人事課に減給の理由を照会\"}").status());
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/notes",
                "{\"kind\":\"NOTE\",\"text\":\"内部メモ：回答待ち\"}").status());
        assertFalse(Api.as(base, "employee").get("grievances/mine/" + id).body().contains("内部メモ"),
                "internal notes are not shown to the complainant");

        v = inv.json().getJsonNumber("version").longValue();
        Api.Response noRemedy = Api.as(base, "grievance").post("grievances/" + id + "/decide",
                "{\"version\":" + v + ",\"outcome\":\"SUBSTANTIATED\",\"reasons\":\"減給は同意拒否を理由とするもの\"}");
        assertEquals(422, noRemedy.status());
        assertEquals("error.grievance.remedyRequired", noRemedy.json().getString("key"));
        Api.Response decided = Api.as(base, "grievance").post("grievances/" + id + "/decide",
                "{\"version\":" + v + ",\"outcome\":\"SUBSTANTIATED\",\"reasons\":\"減給は同意拒否を理由とするもの\","
                        + "\"remedies\":[\"REINSTATEMENT\",\"INSTRUCTION_TO_EMPLOYER\"],\"remedyDetail\":\"給与を元に戻す\"}");
        assertEquals(200, decided.status(), decided.toString());
        assertEquals("DECIDED", decided.json().getString("status"));

        JsonObject seen = Api.as(base, "employee").get("grievances/mine/" + id).json();
        assertEquals("SUBSTANTIATED", seen.getString("outcome"));
        assertTrue(seen.getJsonArray("remedies").toString().contains("REINSTATEMENT"));
        assertEquals(422, Api.as(base, "employee").post("grievances/mine/" + id + "/withdraw",
                step(seen.getJsonNumber("version").longValue(), null)).status(), "a decided complaint is final");

        JsonObject audit = Api.as(base, "auditor").get("audit?entityType=Grievance&entityId=" + id + "&size=50").json();
        String trail = audit.getJsonArray("items").toString();
        assertTrue(trail.contains("status: LODGED -> ACKNOWLEDGED"), trail);
        assertTrue(trail.contains("status: INVESTIGATING -> DECIDED"), trail);
        assertFalse(trail.contains("同意を拒否した後に減給された"), "the complaint's text is not copied into the audit");
    }

    @Test
    void theComplainantMayWithdrawAnOpenComplaintAndTheRetaliationComplaintLinksToTheFirst() {
        JsonObject first = lodgeNamed(base, "PERFORMANCE_EVALUATION", "EVALUATION_RESULT", unique("人事評価を下げられた"));
        long firstId = first.getJsonNumber("id").longValue();
        JsonObject second = lodgeNamed(base, "HARASSMENT", "HAVING_COMPLAINED", unique("苦情を申し出た後に嫌がらせを受けた"));
        assertEquals(firstId, second.getJsonNumber("relatedId").longValue(), "linked to the first complaint");
        long secondId = second.getJsonNumber("id").longValue();
        assertTrue(Api.as(base, "grievance").get("grievances/" + firstId + "/linked").body()
                .contains("\"id\":" + secondId));

        Api.Response w = Api.as(base, "employee").post("grievances/mine/" + secondId + "/withdraw",
                step(second.getJsonNumber("version").longValue(), null));
        assertEquals(200, w.status(), w.toString());
        assertEquals("WITHDRAWN", w.json().getString("status"));
        assertEquals(422, Api.as(base, "employee").post("grievances/mine/" + secondId + "/messages", text("追加"))
                .status(), "no messages on a withdrawn complaint");
    }

    @Test
    void lodgingIsValidatedInTheCallersLanguage() {
        long meti = GrievanceFixture.orgId(base, "METI");
        Api.Response noGround = Api.as(base, "employee").inLanguage("en").post("grievances",
                GrievanceFixture.lodging("DISMISSAL", null, meti, null, "x"));
        assertEquals(422, noGround.status());
        assertEquals("Choose why you believe you were treated unfavourably.", noGround.json().getString("message"));
        Api.Response noOrgan = Api.as(base, "employee").post("grievances",
                GrievanceFixture.lodging("EVALUATION_RESULT", null, meti, null, "x"));
        assertEquals("error.grievance.organRequired", noOrgan.json().getString("key"));
        Api.Response entity = Api.as(base, "employee").post("grievances", GrievanceFixture.lodging("EVALUATION_RESULT",
                null, meti, GrievanceFixture.orgId(base, "TOWA-HI"), "x"));
        assertEquals("error.grievance.organNotAnOrgan", entity.json().getString("key"));
        Api.Response blank = Api.as(base, "employee").post("grievances",
                GrievanceFixture.lodging("DISMISSAL", "REFUSED_CONSENT", meti, null, ""));
        assertEquals(422, blank.status());
        assertTrue(blank.json().getJsonArray("violations").toString().contains("description"), blank.toString());
        JsonObject evaluation = Api.as(base, "employee").post("grievances", GrievanceFixture.lodging(
                "EVALUATION_RESULT", "REFUSED_CONSENT", meti, meti, unique("結果に納得できない"))).json();
        long id = evaluation.getJsonNumber("id").longValue();
        assertEquals("NONE", evaluation.getString("ground"), "an evaluation complaint has no ground");
        assertEquals("METI", Api.as(base, "grievance").get("grievances/" + id).json().getString("deskCode"),
                "an evaluation complaint goes to the organ's desk");
    }

    @Test
    void onlyTheDeskHandlesAndOnlyTheComplainantSeesTheirOwn() {
        JsonObject lodged = lodgeNamed(base, "TRANSFER", "EVALUATION_RESULT", unique("不利益な配置転換"));
        long id = lodged.getJsonNumber("id").longValue();
        assertEquals(403, Api.as(base, "officer").get("grievances").status());
        assertEquals(403, Api.as(base, "employee").get("grievances/" + id).status());
        assertEquals(403, Api.as(base, "employee").get("grievances").status());
        assertEquals(403, Api.as(base, "grievance").post("grievances", GrievanceFixture.lodging("TRANSFER",
                "EVALUATION_RESULT", 1, null, "x")).status(), "desk officers do not lodge named complaints");
        assertEquals(403, Api.as(base, "auditor").get("grievances/" + id).status());
        assertEquals(401, Api.anonymous(base).get("grievances/mine").status());
        assertEquals(404, Api.as(base, "employee").get("grievances/mine/999999999").status());
        assertEquals(200, Api.as(base, "auditor").get("grievances/statistics?from=2025-01-01&to=2030-12-31").status());
    }

    @Test
    void theQueueShowsClocksRemindsBeforeTheTargetsAndMarksOverdue() {
        Api.as(base, "admin").post("grievances/watch", null);
        JsonObject lodged = lodgeNamed(base, "DEMOTION", "WITHDREW_CONSENT", unique("同意の取下げ後に降格"));
        long id = lodged.getJsonNumber("id").longValue();
        try {
            JsonObject row = row(id, "");
            assertEquals("ACKNOWLEDGEMENT", row.getJsonObject("clock").getString("target"));
            assertEquals(7, row.getJsonObject("clock").getInt("daysLeft"));
            assertFalse(row.getBoolean("overdue"));

            shiftClock(base, 5);
            JsonObject first = Api.as(base, "admin").post("grievances/watch", null).json();
            assertTrue(first.getInt("acknowledgementReminders") >= 1, first.toString());
            assertEquals(0, Api.as(base, "admin").post("grievances/watch", null).json()
                    .getInt("acknowledgementReminders"), "reminded once");
            assertFalse(overdueIds().contains("\"id\":" + id));

            shiftClock(base, 8);
            row = row(id, "");
            assertTrue(row.getBoolean("overdue"));
            assertEquals(-1, row.getJsonObject("clock").getInt("daysLeft"));
            assertTrue(overdueIds().contains("\"id\":" + id), "overdue filter in the database");

            long v = Api.as(base, "grievance").get("grievances/" + id).json().getJsonNumber("version").longValue();
            Api.Response ack = Api.as(base, "grievance").post("grievances/" + id + "/acknowledge", step(v, null));
            assertEquals(200, ack.status(), ack.toString());
            row = row(id, "");
            assertEquals("DECISION", row.getJsonObject("clock").getString("target"));
            assertFalse(row.getBoolean("overdue"));

            long toDecision = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")),
                    LocalDate.parse(lodged.getString("decisionDue")));
            shiftClock(base, toDecision + 1);
            JsonObject later = Api.as(base, "admin").post("grievances/watch", null).json();
            assertTrue(later.getInt("decisionReminders") >= 1, later.toString());
            row = row(id, "");
            assertEquals("DECISION", row.getJsonObject("clock").getString("target"));
            assertTrue(row.getBoolean("overdue"));
        } finally {
            shiftClock(base, 0);
        }
    }

    @Test
    void theComplainantAttachesFilesWhichTheDeskSeesWithTheirHashAndTheDesksOwnFilesStayWithTheDesk() {
        JsonObject lodged = lodgeNamed(base, "PAY_CUT", "REFUSED_CONSENT", unique("減給の通知書を添付する"));
        long id = lodged.getJsonNumber("id").longValue();
        byte[] content = ("減給通知書 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        GrievanceFixture.Binary up = binary(base, "employee", "grievances/mine/" + id + "/attachments?fileName="
                + fileName("減給通知書.txt"), content, "Content-Type", "text/plain");
        assertEquals(200, up.status(), up.toString());
        JsonArray files = up.json().getJsonArray("attachments");
        assertEquals(1, files.size(), up.toString());
        JsonObject file = files.getJsonObject(0);
        assertEquals(sha256(content), file.getString("sha256"), "the hash is computed and stored");
        assertEquals("減給通知書.txt", file.getString("fileName"));
        assertEquals(content.length, file.getInt("sizeBytes"));
        assertEquals("employee", file.getString("addedBy"));
        long fileId = file.getJsonNumber("id").longValue();

        JsonObject seen = array(Api.as(base, "grievance").get("grievances/" + id + "/attachments")).get(0);
        assertEquals(sha256(content), seen.getString("sha256"), "the officer sees the file");
        GrievanceFixture.Binary download = binary(base, "grievance", "grievances/" + id + "/attachments/" + fileId, null);
        assertEquals(200, download.status());
        assertArrayEquals(content, download.body());
        assertEquals(sha256(content), download.headers().firstValue("X-Content-SHA256").orElse(""));
        assertArrayEquals(content, binary(base, "employee", "grievances/mine/" + id + "/attachments/" + fileId, null)
                .body(), "the complainant downloads their own file");

        byte[] deskFile = "経済産業省からの回答".getBytes(StandardCharsets.UTF_8);
        GrievanceFixture.Binary desk = binary(base, "grievance", "grievances/" + id + "/attachments?fileName=reply.txt",
                deskFile, "Content-Type", "text/plain");
        assertEquals(201, desk.status(), desk.toString());
        long deskFileId = desk.json().getJsonNumber("id").longValue();
        assertEquals(2, array(Api.as(base, "grievance").get("grievances/" + id + "/attachments")).size());
        assertEquals(1, Api.as(base, "employee").get("grievances/mine/" + id).json().getJsonArray("attachments").size(),
                "the desk's files are not shown to the complainant");
        assertEquals(404, binary(base, "employee", "grievances/mine/" + id + "/attachments/" + deskFileId, null)
                .status());
        assertEquals(403, binary(base, "employee", "grievances/" + id + "/attachments/" + fileId, null).status());

        GrievanceFixture.Binary empty = binary(base, "employee", "grievances/mine/" + id + "/attachments?fileName=x.txt",
                new byte[0], "Content-Type", "text/plain");
        assertEquals(422, empty.status(), empty.toString());
        assertEquals("error.grievance.attachmentEmpty", empty.json().getString("key"));
        GrievanceFixture.Binary large = binary(base, "employee", "grievances/mine/" + id + "/attachments?fileName=big.bin",
                new byte[10 * 1024 * 1024 + 1], "Content-Type", "application/octet-stream");
        assertEquals(413, large.status(), "too large is 413, not a business refusal: " + large);
        assertEquals("error.grievance.attachmentTooLarge", large.json().getString("key"));

        String trail = Api.as(base, "auditor").get("audit?entityType=GrievanceAttachment&entityId=" + fileId + "&size=50")
                .json().getJsonArray("items").toString();
        assertTrue(trail.contains(sha256(content)), trail);
        assertTrue(trail.contains("\"actor\":\"employee\""), trail);
        assertTrue(trail.contains("\"action\":\"READ\""), "downloads are audited: " + trail);
    }

    @Test
    void theDeskSeesTheDatesOfARefusedConsentButNothingOfTheEvaluationsContent() {
        String u = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long meti = GrievanceFixture.orgId(base, "METI");
        Api.Response p = Api.as(base, "admin").post("people", "{\"familyName\":\"苦情\",\"givenName\":\"次郎" + u
                + "\",\"familyNameKana\":\"クジョウ\",\"givenNameKana\":\"ジロウ\",\"latinName\":\"Jiro Kujo\","
                + "\"dateOfBirth\":\"1984-04-04\",\"nationalities\":[\"JP\"],\"employerId\":" + meti
                + ",\"staffNumber\":\"G-" + u + "\"}");
        assertEquals(201, p.status(), p.toString());
        long personId = p.json().getJsonNumber("id").longValue();
        String username = "g" + u.toLowerCase();
        Api.Response a = Api.as(base, "admin").post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"organizationId\":" + meti + ",\"personId\":" + personId
                + ",\"roles\":[\"EMPLOYEE\"]}");
        assertEquals(201, a.status(), a.toString());
        String scope = "苦情試験の指定 " + u;
        Api.Response nominated = Api.as(base, "officer").post("evaluations", "{\"personId\":" + personId
                + ",\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"" + scope + "\"}");
        assertEquals(201, nominated.status(), nominated.toString());
        long evaluation = nominated.json().getJsonNumber("id").longValue();
        long version = Api.as(base, username).get("evaluations/" + evaluation).json().getJsonNumber("version").longValue();
        Api.Response refused = Api.as(base, username).post("evaluations/" + evaluation + "/refuse",
                "{\"version\":" + version + "}");
        assertEquals(200, refused.status(), refused.toString());

        Api.Response lodged = Api.as(base, username).post("grievances", GrievanceFixture.lodging("DEMOTION",
                "REFUSED_CONSENT", meti, null, unique("同意を拒否した後に降格された")));
        assertEquals(201, lodged.status(), lodged.toString());
        long id = lodged.json().getJsonNumber("id").longValue();

        Api.Response facts = Api.as(base, "grievance").get("grievances/" + id + "/facts");
        assertEquals(200, facts.status(), facts.toString());
        List<JsonObject> list = array(facts);
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        JsonObject refusal = list.stream().filter(f -> f.getString("kind").equals("CONSENT_REFUSED")).findFirst()
                .orElseThrow(() -> new AssertionError(facts.body()));
        assertEquals("REFUSED", refusal.getString("code"));
        assertEquals(today, refusal.getString("on"));
        assertEquals("CONFIDENTIAL", refusal.getString("level"));
        assertEquals(evaluation, refusal.getJsonNumber("recordId").longValue());
        assertTrue(list.stream().anyMatch(f -> f.getString("kind").equals("TRANSFER_OPENED")
                && f.getString("code").equals("REFUSAL")), facts.body());
        assertFalse(facts.body().contains(scope), "nothing of the evaluation's content");
        assertFalse(facts.body().contains("RESULT_NOTIFIED"), facts.body());
    }

    @Test
    void theQueueFiltersByDesk() {
        JsonObject lodged = lodgeNamed(base, "HARASSMENT", "EVALUATION_RESULT", unique("窓口別の一覧"));
        long id = lodged.getJsonNumber("id").longValue();
        long cao = GrievanceFixture.orgId(base, "CAO");
        long meti = GrievanceFixture.orgId(base, "METI");
        assertTrue(Api.as(base, "grievance").get("grievances?size=200&sort=id&desc=true&desk=" + cao).body()
                .contains("\"id\":" + id + ","), "unfair treatment is on the Cabinet Office desk");
        assertFalse(Api.as(base, "grievance").get("grievances?size=200&sort=id&desc=true&desk=" + meti).body()
                .contains("\"id\":" + id + ","), "not on the organ's desk");
    }

    private List<JsonObject> array(Api.Response r) {
        assertEquals(200, r.status(), r.toString());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray().stream().map(v -> v.asJsonObject()).toList();
        }
    }

    private String overdueIds() {
        return Api.as(base, "grievance").get("grievances?overdue=true&size=200").body();
    }

    private JsonObject row(long id, String filter) {
        JsonObject page = Api.as(base, "grievance").get("grievances?size=200&sort=id&desc=true" + filter).json();
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("not in the queue: " + id));
    }
}
