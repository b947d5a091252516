package jp.clearance.system.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Transfer records: the employer records the move, a pay cut raises an alert, the desk opens a case from it. */
@ExtendWith(ArquillianExtension.class)
class GrievanceTransferWatchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private long nakamura() {
        JsonObject people = Api.as(base, "officer").get("people?name=ナカムラ").json();
        return people.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject open(String reason) {
        Api.Response r = Api.as(base, "admin").post("transfers",
                "{\"personId\":" + nakamura() + ",\"reason\":\"" + reason + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static String move(long version, long before, long after, boolean dismissed, LocalDate on) {
        return "{\"version\":" + version + ",\"previousGrade\":\"4級\",\"previousMonthlyPay\":" + before
                + ",\"newGrade\":\"4級\",\"newMonthlyPay\":" + after + ",\"dismissed\":" + dismissed
                + ",\"movedOn\":\"" + on + "\",\"note\":\"情報保全を要しない部署へ異動\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void aPayCutWithinTheWatchRaisesAnAlertAndTheDeskOpensACase() {
        JsonObject t = open("REFUSAL");
        long id = t.getJsonNumber("id").longValue();
        assertEquals("OPEN", t.getString("status"));
        assertEquals(today().plusMonths(12).toString(), t.getString("watchUntil"), "TRANSFER_WATCH_MONTHS");

        Api.Response recorded = Api.as(base, "officer").put("transfers/" + id,
                move(t.getJsonNumber("version").longValue(), 400_000, 360_000, false, today()));
        assertEquals(200, recorded.status(), recorded.toString());
        assertEquals("RECORDED", recorded.json().getString("status"));
        assertEquals("PAY_CUT", recorded.json().getString("alertReason"));
        assertTrue(Api.as(base, "grievance").get("transfers?alerted=true&size=200").body().contains("\"id\":" + id));

        Api.Response opened = Api.as(base, "grievance").post("grievances/from-transfer/" + id,
                "{\"text\":\"同意拒否後の減給について職権で調査\"}");
        assertEquals(201, opened.status(), opened.toString());
        JsonObject c = opened.json();
        assertEquals("OWN_INITIATIVE", c.getString("channel"));
        assertEquals("PAY_CUT", c.getString("type"));
        assertEquals("REFUSED_CONSENT", c.getString("ground"));
        assertEquals(id, c.getJsonNumber("transferRecordId").longValue());
        long caseId = c.getJsonNumber("id").longValue();
        String facts = Api.as(base, "grievance").get("grievances/" + caseId + "/facts").body();
        assertTrue(facts.contains("TRANSFER_OPENED") && facts.contains("TRANSFER_ALERT"), facts);
        assertFalse(facts.contains("情報保全を要しない部署へ異動"), "the employer's note is not a vetting fact");

        Api.Response twice = Api.as(base, "grievance").post("grievances/from-transfer/" + id, "{\"text\":\"再度\"}");
        assertEquals(422, twice.status());
        assertEquals("error.grievance.caseExists", twice.json().getString("key"));
    }

    @Test
    void noDropNoAlertAndADismissalAlertsAndOnlyTheEmployerRecords() {
        JsonObject same = open("WITHDRAWAL");
        long sameId = same.getJsonNumber("id").longValue();
        JsonObject r = Api.as(base, "officer").put("transfers/" + sameId,
                move(same.getJsonNumber("version").longValue(), 400_000, 400_000, false, today())).json();
        assertTrue(GrievanceFixture.absent(r, "alertReason"), r.toString());
        assertEquals(422, Api.as(base, "grievance").post("grievances/from-transfer/" + sameId, "{\"text\":\"x\"}")
                .status(), "no case without an alert");

        JsonObject dismissed = open("UNFAVOURABLE_RESULT");
        long dId = dismissed.getJsonNumber("id").longValue();
        assertEquals(403, Api.as(base, "grievance").put("transfers/" + dId,
                move(dismissed.getJsonNumber("version").longValue(), 1, 1, true, today())).status(),
                "the desk does not record for the employer");
        assertEquals(403, Api.as(base, "employee").get("transfers").status());
        Api.Response before = Api.as(base, "officer").put("transfers/" + dId,
                move(dismissed.getJsonNumber("version").longValue(), 1, 1, true, today().minusDays(1)));
        assertEquals("error.transfer.movedBeforeOpened", before.json().getString("key"));
        JsonObject d = Api.as(base, "officer").put("transfers/" + dId,
                move(dismissed.getJsonNumber("version").longValue(), 400_000, 0, true, today())).json();
        assertEquals("DISMISSAL", d.getString("alertReason"));
    }

    @Test
    void aDropAfterTheWatchPeriodRaisesNoAlertAndTheWatchCloses() {
        JsonObject t = open("REFUSAL");
        long id = t.getJsonNumber("id").longValue();
        LocalDate after = LocalDate.parse(t.getString("watchUntil")).plusDays(1);
        JsonObject late = Api.as(base, "officer").put("transfers/" + id,
                move(t.getJsonNumber("version").longValue(), 400_000, 300_000, false, after)).json();
        assertTrue(GrievanceFixture.absent(late, "alertReason"), "recorded drop after the watch period: " + late);
        try {
            GrievanceFixture.shiftClock(base, 400);
            JsonObject run = Api.as(base, "admin").post("grievances/watch", null).json();
            assertTrue(run.getInt("watchesClosed") >= 1, run.toString());
            JsonObject closed = Api.as(base, "officer").get("transfers/" + id).json();
            assertEquals("CLOSED", closed.getString("status"));
            assertEquals(422, Api.as(base, "officer").put("transfers/" + id,
                    move(closed.getJsonNumber("version").longValue(), 400_000, 300_000, false, after)).status());
        } finally {
            GrievanceFixture.shiftClock(base, 0);
        }
    }
}
