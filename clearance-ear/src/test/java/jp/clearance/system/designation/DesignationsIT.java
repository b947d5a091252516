package jp.clearance.system.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The designation register on the real server: levels, period limits from the reference data, lifecycle, access, export. */
@ExtendWith(ArquillianExtension.class)
class DesignationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private Fixtures f() {
        return new Fixtures(base);
    }

    private static LocalDate today() {
        return Fixtures.today();
    }

    @Test
    void designatesAtEachLevelWithCategoryAndItemFromTheReferenceData() {
        long cesi = f().confidential(Fixtures.unique("CESI"));
        long sds = f().topSecret(Fixtures.unique("SDS"));
        JsonObject c = Api.as(base, "officer").get("designations/" + cesi + "?purpose=it").json();
        assertEquals("CESI_2024", c.getString("act"));
        assertEquals("DESIGNATED", c.getString("status"));
        assertEquals("METI", c.getString("organCode"));
        assertEquals("SDS_2013", Api.as(base, "officer").get("designations/" + sds + "?purpose=it").json().getString("act"));

        Api.Response noItem = Api.as(base, "officer").post("designations", Fixtures.designationJson(
                Fixtures.unique("X"), "CONFIDENTIAL", "CESI_C1", null, today(), today().plusYears(1)));
        assertEquals(422, noItem.status(), noItem.toString());
        assertEquals("error.designation.itemRequired", noItem.json().getString("key"));
        Api.Response wrongAct = Api.as(base, "officer").post("designations", Fixtures.designationJson(
                Fixtures.unique("X"), "CONFIDENTIAL", "SDS_DEFENSE", null, today(), today().plusYears(1)));
        assertEquals("error.designation.categoryUnknown", wrongAct.json().getString("key"));
        Api.Response categoryWithoutItems = Api.as(base, "officer").post("designations", Fixtures.designationJson(
                Fixtures.unique("X"), "CONFIDENTIAL", "CESI_C3", null, today(), today().plusYears(1)));
        assertEquals(201, categoryWithoutItems.status(), categoryWithoutItems.toString());
    }

    @Test
    void theFirstPeriodIsLimitedAndTheRefusalNamesTheRuleAndItsSource() {
        Api.Response ja = Api.as(base, "officer").post("designations", Fixtures.designationJson(Fixtures.unique("LONG"),
                "CONFIDENTIAL", "CESI_C1", "CESI_C1_I01", today(), today().plusYears(5).plusDays(1)));
        assertEquals(422, ja.status(), ja.toString());
        assertEquals("指定の有効期間は5年を超えることができません（規則: 指定の有効期間の上限、根拠: Ch.2 (Arts 3-5)、出典: S13, S14, S38）。",
                ja.json().getString("message"));
        Api.Response en = Api.as(base, "officer").inLanguage("en").post("designations", Fixtures.designationJson(
                Fixtures.unique("LONG"), "TOP_SECRET", "SDS_DEFENSE", null, today(), today().plusYears(6)));
        assertEquals("A designation period may not exceed 5 years (rule: Maximum period of one SDS designation; basis: "
                + "Art 4(1); source: BRIEF §1.2 (SDS Act)).", en.json().getString("message"));
        String number = Fixtures.unique("DUP");
        f().confidential(number);
        assertEquals("error.designation.numberTaken", Api.as(base, "officer").post("designations", Fixtures.designationJson(
                number, "CONFIDENTIAL", "CESI_C1", "CESI_C1_I01", today(), today().plusYears(1))).json().getString("key"));
    }

    @Test
    void extensionsWithinTheLimitsThenCabinetApprovalThenTheAbsoluteCap() {
        long id = f().confidential(Fixtures.unique("EXT"));
        LocalDate start = today();
        for (int years = 10; years <= 30; years += 5) {
            Api.Response r = extend(id, start.plusYears(years), null);
            assertEquals(200, r.status(), r.toString());
            assertEquals("EXTENDED", r.json().getString("status"));
        }
        Api.Response tooLong = extend(id, start.plusYears(35).plusDays(1), "閣議決定");
        assertEquals("error.designation.extensionTooLong", tooLong.json().getString("key"), tooLong.toString());
        Api.Response needsApproval = extend(id, start.plusYears(31), null);
        assertEquals(422, needsApproval.status());
        assertEquals("error.designation.totalNeedsCabinetApproval", needsApproval.json().getString("key"));
        assertTrue(needsApproval.json().getString("message").contains("通算30年"), needsApproval.toString());
        assertTrue(needsApproval.json().getString("message").contains("内閣の承認"), needsApproval.toString());

        Api.Response approved = extend(id, start.plusYears(35), "閣議決定 第12号");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("閣議決定 第12号", approved.json().getString("cabinetApproval"));
        for (int years = 40; years <= 60; years += 5) {
            assertEquals(200, extend(id, start.plusYears(years), null).status(), "the approval stays recorded");
        }
        Api.Response cap = extend(id, start.plusYears(60).plusDays(1), "閣議決定 第13号");
        assertEquals("error.designation.totalPastCap", cap.json().getString("key"), cap.toString());

        JsonArray history = Fixtures.array(Api.as(base, "officer").get("designations/" + id + "/history").body());
        assertEquals("DESIGNATED", history.getJsonObject(0).getString("kind"));
        assertEquals(11, history.stream().filter(e -> e.asJsonObject().getString("kind").equals("EXTENDED")).count());
        JsonObject audit = Api.as(base, "auditor").get("audit?entityType=Designation&action=TRANSITION&entityId=" + id).json();
        assertEquals(11, audit.getInt("total"));
    }

    @Test
    void declassifiedAndExpiredDesignationsCannotBeExtended() {
        long id = f().confidential(Fixtures.unique("DECL"));
        Api.Response noReason = Api.as(base, "officer").post("designations/" + id + "/declassification",
                "{\"version\":" + f().version(id) + ",\"on\":\"" + today() + "\"}");
        assertEquals(422, noReason.status(), noReason.toString());
        Api.Response done = Api.as(base, "officer").post("designations/" + id + "/declassification",
                "{\"version\":" + f().version(id) + ",\"on\":\"" + today() + "\",\"reason\":\"秘匿の必要がなくなった\"}");
        assertEquals(200, done.status(), done.toString());
        assertEquals("DECLASSIFIED", done.json().getString("status"));
        Api.Response again = extend(id, today().plusYears(6), null);
        assertEquals("error.designation.transitionNotAllowed", again.json().getString("key"));
        Api.Response twice = Api.as(base, "officer").post("designations/" + id + "/declassification",
                "{\"version\":" + f().version(id) + ",\"on\":\"" + today() + "\",\"reason\":\"再度\"}");
        assertEquals("error.designation.transitionNotAllowed", twice.json().getString("key"));

        String number = Fixtures.unique("OLD");
        Api.Response old = Api.as(base, "officer").post("designations", Fixtures.designationJson(number, "CONFIDENTIAL",
                "CESI_C1", "CESI_C1_I01", today().minusMonths(11), today().minusDays(1)));
        assertEquals(201, old.status(), old.toString());
        assertEquals("EXPIRED", old.json().getString("status"), "past its end: shown as expired at once");
        long oldId = old.json().getJsonNumber("id").longValue();
        assertEquals("error.designation.transitionNotAllowed", extend(oldId, today().plusYears(1), null).json().getString("key"));
        assertEquals(200, Api.as(base, "admin").post("trainings/daily-checks", null).status());
        JsonArray history = Fixtures.array(Api.as(base, "officer").get("designations/" + oldId + "/history").body());
        assertEquals("EXPIRED", history.getJsonObject(history.size() - 1).getString("kind"), "the daily check marks it");
    }

    @Test
    void expiryIsWarnedOfAheadOfTimeInThePortal() {
        String number = Fixtures.unique("SOON");
        Api.Response r = Api.as(base, "officer").post("designations", Fixtures.designationJson(number, "CONFIDENTIAL",
                "CESI_C1", "CESI_C1_I01", today().minusYears(1), today().plusDays(30)));
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.json().getBoolean("expiringSoon"));
        JsonObject soon = Api.as(base, "officer").get("designations?expiring=true&text=" + number).json();
        assertEquals(1, soon.getInt("total"));
        Api.as(base, "admin").post("trainings/daily-checks", null);
        Portal portal = new Portal(base);
        portal.login("officer", Api.DEMO_PASSWORD);
        Portal.Page page = portal.get("notifications.xhtml");
        assertTrue(page.contains("指定「" + number + "」の有効期間が " + today().plusDays(30).toString().replace('-', '/')
                + " に満了します"), "the day in the Japanese format: " + page.html());
    }

    @Test
    void onlyTheOrgansOfficersAndTheHandlersReadTheRecordAndEveryReadIsAudited() {
        long id = f().confidential(Fixtures.unique("ACC"));
        assertEquals(200, Api.as(base, "officer").get("designations/" + id + "?purpose=review").status());
        assertEquals(404, Api.as(base, "admin").get("designations/" + id + "?purpose=curiosity").status());
        assertEquals(404, Api.as(base, "employee").get("designations/" + id + "?purpose=curiosity").status());
        assertEquals(403, Api.as(base, "employee").get("designations").status(), "the register is for officers");
        assertEquals(403, Api.as(base, "employee").post("designations", Fixtures.designationJson(Fixtures.unique("E"),
                "CONFIDENTIAL", "CESI_C1", "CESI_C1_I01", today(), today().plusYears(1))).status());

        JsonObject reads = Api.as(base, "auditor").get("audit?entityType=Designation&entityId=" + id + "&action=READ").json();
        assertEquals(1, reads.getInt("total"));
        assertEquals("officer", reads.getJsonArray("items").getJsonObject(0).getString("actor"));
        JsonObject denied = Api.as(base, "auditor").get("audit?entityType=Designation&entityId=" + id
                + "&action=ACCESS_DENIED").json();
        assertEquals(2, denied.getInt("total"));
    }

    @Test
    void theRegisterIsPagedFilteredAndExportedAsCsv() {
        String prefix = Fixtures.unique("REG");
        for (int i = 0; i < 3; i++) {
            f().confidential(prefix + "-" + i);
        }
        long declassified = f().topSecret(prefix + "-TS");
        Api.as(base, "officer").post("designations/" + declassified + "/declassification",
                "{\"version\":" + f().version(declassified) + ",\"on\":\"" + today() + "\",\"reason\":\"不要\"}");
        JsonObject page = Api.as(base, "officer").get("designations?text=" + prefix + "&size=2&sort=referenceNumber").json();
        assertEquals(4, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(prefix + "-0", page.getJsonArray("items").getJsonObject(0).getString("referenceNumber"));
        assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("summary"), "the register shows no summary");
        assertEquals(1, Api.as(base, "officer").get("designations?text=" + prefix + "&status=DECLASSIFIED").json().getInt("total"));
        assertEquals(3, Api.as(base, "officer").get("designations?text=" + prefix + "&level=CONFIDENTIAL").json().getInt("total"));

        Api.Response csv = csv("designations/export?text=" + prefix);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.body().startsWith("organ,reference_number,title"), csv.body());
        assertEquals(5, csv.body().split("\r\n").length, csv.body());
        assertTrue(csv.body().contains(prefix + "-TS"));
        JsonObject export = Api.as(base, "auditor").get("audit?entityType=Designation&action=EXPORT&actor=officer").json();
        assertTrue(export.getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("detail").contains(prefix)));
    }

    /** A GET that accepts CSV (the API client asks for JSON). */
    private Api.Response csv(String path) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/" + path))
                            .header("Accept", "text/csv").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                    .encodeToString(("officer:" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Api.Response(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api.Response extend(long id, LocalDate until, String approval) {
        return Api.as(base, "officer").post("designations/" + id + "/extension", "{\"version\":" + f().version(id)
                + ",\"validUntil\":\"" + until + "\"" + (approval == null ? "" : ",\"cabinetApproval\":\"" + approval + "\"")
                + "}");
    }
}
