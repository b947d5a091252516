package jp.clearance.system.grievance;

import static jp.clearance.system.grievance.GrievanceFixture.lodgeNamed;
import static jp.clearance.system.grievance.GrievanceFixture.shiftClock;
import static jp.clearance.system.grievance.GrievanceFixture.step;
import static jp.clearance.system.grievance.GrievanceFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
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
