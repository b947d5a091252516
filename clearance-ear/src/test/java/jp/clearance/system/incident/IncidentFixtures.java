package jp.clearance.system.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import jp.clearance.system.Api;

/** Test data for the incident tests, made through the API as the demo users (each test makes its own). */
final class IncidentFixtures {
    private final URL base;

    IncidentFixtures(URL base) {
        this.base = base;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    Api compliance() {
        return Api.as(base, "compliance");
    }

    long organization(String code) {
        return Api.as(base, "admin").get("organizations?text=" + code).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    long person(String employerCode, String familyName) {
        JsonObject people = Api.as(base, "admin").get("people?employerId=" + organization(employerCode) + "&name="
                + URLEncoder.encode(familyName, StandardCharsets.UTF_8)).json();
        return people.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A designation of METI by the demo officer: CONFIDENTIAL (2024 Act) or TOP_SECRET (2013 Act). */
    long designation(String level) {
        String number = unique("INC");
        String category = "CONFIDENTIAL".equals(level) ? "\"categoryCode\":\"CESI_C1\",\"itemCode\":\"CESI_C1_I01\","
                : "\"categoryCode\":\"SDS_DEFENSE\",";
        Api.Response r = Api.as(base, "officer").post("designations", "{\"referenceNumber\":\"" + number
                + "\",\"title\":\"漏えい試験用の指定 " + number + "\",\"summary\":\"試験用の情報\",\"levelCode\":\"" + level
                + "\"," + category + "\"designatingOfficial\":\"経済産業大臣\",\"designatedOn\":\"" + today().minusDays(30)
                + "\",\"validUntil\":\"" + today().plusYears(4) + "\",\"marking\":\"表示あり\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Records an incident involving the designation; returns its JSON. */
    JsonObject incident(long designationId) {
        return incident(designationId, 10);
    }

    /** Records an incident that occurred {@code occurredDaysAgo} days ago (discovered 5 days ago at most). */
    JsonObject incident(long designationId, int occurredDaysAgo) {
        Api.Response r = compliance().post("incidents", "{\"title\":\"" + unique("漏えい事案") + "\",\"occurredOn\":\""
                + today().minusDays(occurredDaysAgo) + "\",\"discoveredOn\":\"" + today().minusDays(Math.min(5, occurredDaysAgo))
                + "\",\"discoveryMethod\":\"内部監査で発見\",\"description\":\"USBメモリの紛失\",\"channel\":\"LOST_MEDIA\","
                + "\"containment\":\"アクセス権の停止\",\"designationIds\":[" + designationId + "]}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    long addPerson(long incidentId, long personId, String role) {
        Api.Response r = compliance().post("incidents/" + incidentId + "/parties",
                "{\"personId\":" + personId + ",\"role\":\"" + role + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    long addOrganization(long incidentId, String code) {
        Api.Response r = compliance().post("incidents/" + incidentId + "/parties",
                "{\"organizationId\":" + organization(code) + "}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    Api.Response lay(long incidentId, long partyId, long designationId, String penaltyCode) {
        return compliance().post("incidents/" + incidentId + "/charges", "{\"partyId\":" + partyId
                + ",\"designationId\":" + designationId + ",\"penaltyCode\":\"" + penaltyCode + "\"}");
    }

    JsonObject charge(long chargeId) {
        return compliance().get("charges/" + chargeId).json();
    }

    long version(long chargeId) {
        return charge(chargeId).getJsonNumber("version").longValue();
    }

    Api.Response step(long chargeId, String step, LocalDate on) {
        return compliance().post("charges/" + chargeId + "/" + step, "{\"version\":" + version(chargeId) + ",\"on\":\"" + on + "\"}");
    }

    Api.Response decide(long chargeId, boolean indicted, LocalDate on) {
        return compliance().post("charges/" + chargeId + "/decision", "{\"version\":" + version(chargeId)
                + ",\"indicted\":" + indicted + ",\"on\":\"" + on + "\"}");
    }

    Api.Response judge(long chargeId, LocalDate on, String outcome, Integer prison, boolean suspended, Integer suspension,
                       Long fine) {
        return judge(compliance(), chargeId, on, outcome, prison, suspended, suspension, fine);
    }

    Api.Response judge(Api api, long chargeId, LocalDate on, String outcome, Integer prison, boolean suspended,
                       Integer suspension, Long fine) {
        return api.post("charges/" + chargeId + "/judgment", "{\"version\":" + version(chargeId)
                + ",\"court\":\"東京地方裁判所\",\"on\":\"" + on + "\",\"outcome\":\"" + outcome + "\",\"prisonMonths\":" + prison
                + ",\"suspended\":" + suspended + ",\"suspensionMonths\":" + suspension + ",\"fineYen\":" + fine + "}");
    }

    /** Lays, refers and indicts a charge; returns its id. */
    long indicted(long incidentId, long partyId, long designationId, String penaltyCode) {
        Api.Response laid = lay(incidentId, partyId, designationId, penaltyCode);
        assertEquals(201, laid.status(), laid.toString());
        long id = laid.json().getJsonNumber("id").longValue();
        assertEquals(200, step(id, "referral", today().minusDays(4)).status());
        assertEquals(200, decide(id, true, today().minusDays(3)).status());
        return id;
    }

    Api.Response transition(long incidentId, String to, String reason) {
        long version = compliance().get("incidents/" + incidentId).json().getJsonNumber("version").longValue();
        return compliance().post("incidents/" + incidentId + "/transition", "{\"version\":" + version + ",\"to\":\"" + to
                + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private static final java.util.concurrent.atomic.AtomicInteger NOTIFIED = new java.util.concurrent.atomic.AtomicInteger();

    /** A valid external record of METI, with a notification day of its own (the same decision is entered once). */
    long eligibility(long personId, String level) {
        Api.Response r = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + personId + ",\"levelCode\":\""
                + level + "\",\"organId\":" + organization("METI") + ",\"externalReference\":\"" + unique("EXT")
                + "\",\"notifiedOn\":\"" + today().minusYears(1).minusDays(NOTIFIED.getAndIncrement() % 365) + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }
}
