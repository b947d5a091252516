package jp.clearance.system.grievance;

import static jp.clearance.system.grievance.GrievanceFixture.binary;
import static jp.clearance.system.grievance.GrievanceFixture.lodgeAnonymous;
import static jp.clearance.system.grievance.GrievanceFixture.sha256;
import static jp.clearance.system.grievance.GrievanceFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The anonymous path without login: receipt codes, the round trip of messages, throttling, no identity stored. */
@ExtendWith(ArquillianExtension.class)
class GrievanceAnonymousIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    private long idOf(String description) {
        JsonObject page = Api.as(base, "grievance").get("grievances?channel=ANONYMOUS&size=200&sort=id&desc=true").json();
        for (JsonValue v : page.getJsonArray("items")) {
            long id = v.asJsonObject().getJsonNumber("id").longValue();
            if (Api.as(base, "grievance").get("grievances/" + id).json().getString("description").equals(description)) {
                return id;
            }
        }
        throw new AssertionError("not in the queue: " + description);
    }

    @Test
    void anAnonymousComplainantReturnsWithTheCodeReadsTheQuestionAndAnswersIt() {
        String description = unique("同意を拒否したら降格された");
        JsonObject receipt = lodgeAnonymous(Api.anonymous(base), base, description);
        String code = receipt.getString("code");
        assertTrue(code.replace(" ", "").matches("\\d{20}"), code);

        JsonObject view = Api.anonymous(base).post("public/grievances/access", code(code)).json();
        assertEquals("LODGED", view.getString("status"));
        assertEquals(description, view.getString("description"));

        long id = idOf(description);
        JsonObject c = Api.as(base, "grievance").get("grievances/" + id).json();
        assertEquals("ANONYMOUS", c.getString("channel"));
        assertTrue(GrievanceFixture.absent(c, "complainant"));
        assertTrue(GrievanceFixture.absent(c, "personId"));
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/acknowledge",
                GrievanceFixture.step(c.getJsonNumber("version").longValue(), null)).status());
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/messages",
                text("降格の通知はいつ受け取りましたか。")).status());

        JsonObject back = Api.anonymous(base).post("public/grievances/access",
                code(code.replace(" ", "-"))).json();
        assertEquals("ACKNOWLEDGED", back.getString("status"));
        assertTrue(back.getJsonArray("timeline").toString().contains("降格の通知はいつ受け取りましたか。"));
        Api.Response answer = Api.anonymous(base).post("public/grievances/messages",
                "{\"code\":\"" + code + "\",\"text\":\"3月1日に書面で受け取りました。\"}");
        assertEquals(200, answer.status(), answer.toString());

        String timeline = Api.as(base, "grievance").get("grievances/" + id + "/timeline").body();
        assertTrue(timeline.contains("3月1日に書面で受け取りました。"));
        assertTrue(timeline.contains("\"author\":\"anonymous\""));
        assertTrue(Api.as(base, "grievance").get("grievances/" + id + "/facts").body().equals("[]"),
                "no vetting facts for an anonymous complaint");

        long v = Api.as(base, "grievance").get("grievances/" + id).json().getJsonNumber("version").longValue();
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/decide", "{\"version\":" + v
                + ",\"outcome\":\"PARTLY_SUBSTANTIATED\",\"reasons\":\"降格の一部に理由なし\","
                + "\"remedies\":[\"CORRECTION_OF_RECORD\"]}").status());
        JsonObject decided = Api.anonymous(base).post("public/grievances/access", code(code)).json();
        assertEquals("DECIDED", decided.getString("status"));
        assertEquals("PARTLY_SUBSTANTIATED", decided.getString("outcome"));
    }

    @Test
    void theAnonymousPathStoresNoIdentityEvenWhenTheCallerIsLoggedIn() {
        String description = unique("匿名で申し出る");
        Api loggedIn = Api.as(base, "employee");
        JsonObject receipt = lodgeAnonymous(loggedIn, base, description);
        long id = idOf(description);
        assertEquals(200, loggedIn.post("public/grievances/messages",
                "{\"code\":\"" + receipt.getString("code") + "\",\"text\":\"追加の情報\"}").status());

        JsonObject c = Api.as(base, "grievance").get("grievances/" + id).json();
        assertTrue(GrievanceFixture.absent(c, "complainant"), "no account");
        assertTrue(GrievanceFixture.absent(c, "personId"), "no person");
        String mine = loggedIn.get("grievances/mine?size=200").body();
        assertFalse(mine.contains("\"id\":" + id + ","), "not linked to the employee's complaints");

        for (String type : new String[] {"Grievance", "GrievanceEntry"}) {
            JsonObject audit = Api.as(base, "auditor").get("audit?entityType=" + type + "&actor=employee&size=200").json();
            assertFalse(audit.getJsonArray("items").toString().contains("grievance=" + id)
                    || audit.getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("entityId", "")
                    .equals(Long.toString(id))), "nothing recorded under the account");
        }
        JsonObject trail = Api.as(base, "auditor").get("audit?entityType=Grievance&entityId=" + id + "&size=50").json();
        assertTrue(trail.getInt("total") >= 1);
        trail.getJsonArray("items").forEach(e -> {
            String actor = e.asJsonObject().getString("actor");
            assertTrue(actor.equals("anonymous") || actor.equals("grievance"), actor);
            assertFalse(e.asJsonObject().toString().matches(".*\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}.*"),
                    "no IP address");
        });
    }

    @Test
    void aWrongCodeRevealsNothingAndRepeatedWrongCodesAreThrottled() {
        JsonObject receipt = lodgeAnonymous(Api.anonymous(base), base, unique("スロットリングの確認"));
        String right = receipt.getString("code").replace(" ", "");
        String locator = right.substring(0, 6);
        String wrongRest = right.substring(6).equals("00000000000000") ? "11111111111111" : "00000000000000";

        Api.Response malformed = Api.anonymous(base).post("public/grievances/access", code("1234"));
        assertEquals(422, malformed.status());
        assertEquals("error.grievance.receiptMalformed", malformed.json().getString("key"));

        Api.Response unknown = Api.anonymous(base).inLanguage("en").post("public/grievances/access",
                code("99999999999999999999".equals(right) ? "99999999999999999998" : "99999999999999999999"));
        Api.Response nearMiss = Api.anonymous(base).inLanguage("en").post("public/grievances/access",
                code(locator + wrongRest));
        assertEquals(422, unknown.status());
        assertEquals(unknown.body(), nearMiss.body(), "a code with a real locator reveals nothing more");
        assertEquals("No complaint has this receipt code. Check what you typed.", nearMiss.json().getString("message"));
        assertFalse(nearMiss.body().contains("status"));

        for (int i = 1; i < 5; i++) {
            assertEquals("error.grievance.receiptUnknown", Api.anonymous(base).post("public/grievances/access",
                    code(locator + wrongRest)).json().getString("key"));
        }
        Api.Response locked = Api.anonymous(base).post("public/grievances/access", code(locator + wrongRest));
        assertEquals(422, locked.status(), "after 5 wrong codes with these first digits a wrong code says so");
        assertEquals("error.grievance.receiptLocked", locked.json().getString("key"));
        assertEquals("error.grievance.receiptLocked", Api.anonymous(base).post("public/grievances/messages",
                "{\"code\":\"" + locator + wrongRest + "\",\"text\":\"x\"}").json().getString("key"));
        assertEquals(200, Api.anonymous(base).post("public/grievances/access", code(right)).status(),
                "whoever knows the first digits cannot keep the complainant from the complaint");

        JsonObject other = lodgeAnonymous(Api.anonymous(base), base, unique("別の申出"));
        if (!other.getString("code").replace(" ", "").startsWith(locator)) {
            assertEquals(200, Api.anonymous(base).post("public/grievances/access", code(other.getString("code")))
                    .status(), "other codes are not affected");
        }
        try {
            GrievanceFixture.shiftClock(base, 2);
            assertEquals("error.grievance.receiptUnknown", Api.anonymous(base).post("public/grievances/access",
                    code(locator + wrongRest)).json().getString("key"), "the lock ends after GRIEVANCE_CODE_LOCK_DAYS");
        } finally {
            GrievanceFixture.shiftClock(base, 0);
        }
        JsonObject denied = Api.as(base, "auditor").get("audit?action=ACCESS_DENIED&entityType=GrievanceReceipt&size=10")
                .json();
        denied.getJsonArray("items").forEach(e -> assertEquals("anonymous", e.asJsonObject().getString("actor")));
        assertTrue(denied.getInt("total") >= 8);
    }

    @Test
    void theAnonymousComplainantAttachesAFileThatStoresNoIdentityAndTheDeskSeesIt() {
        String description = unique("匿名で書類を添付する");
        Api loggedIn = Api.as(base, "employee");
        String code = lodgeAnonymous(loggedIn, base, description).getString("code");
        long id = idOf(description);
        byte[] content = ("人事異動の通知 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        GrievanceFixture.Binary wrong = binary(base, null, "public/grievances/attachments?fileName=a.txt", content,
                "Content-Type", "text/plain", "X-Receipt-Code", "99999999999999999999".equals(code.replace(" ", ""))
                        ? "99999999999999999998" : "99999999999999999999");
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("error.grievance.receiptUnknown", wrong.json().getString("key"));

        GrievanceFixture.Binary up = binary(base, "employee", "public/grievances/attachments?fileName="
                + GrievanceFixture.fileName("異動通知.txt"), content, "Content-Type", "text/plain",
                "X-Receipt-Code", code);
        assertEquals(200, up.status(), up.toString());
        JsonObject file = up.json().getJsonArray("attachments").getJsonObject(0);
        assertEquals(sha256(content), file.getString("sha256"));
        assertEquals("ANONYMOUS", file.getString("addedBy"), "the marker, not the logged-in account");
        long fileId = file.getJsonNumber("id").longValue();
        assertEquals(1, Api.anonymous(base).post("public/grievances/access", code(code)).json()
                .getJsonArray("attachments").size());

        String desk = Api.as(base, "grievance").get("grievances/" + id + "/attachments").body();
        assertTrue(desk.contains(sha256(content)), "the officer sees the file: " + desk);
        assertTrue(desk.contains("\"addedBy\":\"ANONYMOUS\""), desk);
        assertFalse(desk.contains("employee"), desk);
        GrievanceFixture.Binary officer = binary(base, "grievance", "grievances/" + id + "/attachments/" + fileId, null);
        assertArrayEquals(content, officer.body());
        GrievanceFixture.Binary back = binary(base, null, "public/grievances/attachments/" + fileId,
                code(code).getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        assertEquals(200, back.status(), back.toString());
        assertArrayEquals(content, back.body(), "the complainant downloads it with the code");
        assertEquals(422, binary(base, null, "public/grievances/attachments/" + fileId,
                code("99999999999999999999").getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json")
                .status(), "not without the right code");

        JsonObject trail = Api.as(base, "auditor").get("audit?entityType=GrievanceAttachment&entityId=" + fileId
                + "&size=50").json();
        assertTrue(trail.getInt("total") >= 2, trail.toString());
        trail.getJsonArray("items").forEach(e -> {
            JsonObject entry = e.asJsonObject();
            String actor = entry.getString("actor");
            assertTrue(actor.equals("anonymous") || actor.equals("grievance"), actor);
            assertFalse(entry.toString().contains("異動通知.txt"), "no file name in the anonymous audit entry");
            assertFalse(entry.toString().matches(".*\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}.*"), "no IP address");
        });
        JsonObject byAccount = Api.as(base, "auditor").get("audit?entityType=GrievanceAttachment&actor=employee"
                + "&entityId=" + fileId + "&size=50").json();
        assertEquals(0, byAccount.getInt("total"), "nothing recorded under the account");
    }

    @Test
    void theAnonymousPathNeedsNoLoginAndOffersOrganizations() {
        Api.Response orgs = Api.anonymous(base).get("public/grievances/organizations?text=TOWA");
        assertEquals(200, orgs.status(), orgs.toString());
        assertTrue(orgs.body().contains("TOWA-HI"));
        assertTrue(Api.anonymous(base).get("public/grievances/organizations?kind=ORGAN&text=").body().contains("METI"));
        assertFalse(Api.anonymous(base).get("public/grievances/organizations?kind=ORGAN&text=").body().contains("TOWA-HI"));
    }
}
