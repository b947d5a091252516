package jp.clearance.system.grievance;

import jakarta.json.JsonObject;
import java.net.URL;
import jp.clearance.system.Api;

/** Shared steps of the grievance tests: demo organizations, lodging named and anonymous complaints. */
final class GrievanceFixture {
    private GrievanceFixture() {
    }

    static long orgId(URL base, String code) {
        JsonObject page = Api.as(base, "admin").get("organizations?text=" + code).json();
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static String lodging(String type, String ground, long employerId, Long organId, String description) {
        return "{\"type\":\"" + type + "\"" + (ground == null ? "" : ",\"ground\":\"" + ground + "\"")
                + ",\"employerId\":" + employerId + (organId == null ? "" : ",\"organId\":" + organId)
                + ",\"occurredOn\":\"2026-01-15\",\"decidedBy\":\"人事課長\",\"description\":\"" + description + "\"}";
    }

    /** Lodges a named complaint as the demo employee; returns the complainant's view. */
    static JsonObject lodgeNamed(URL base, String type, String ground, String description) {
        Api.Response r = Api.as(base, "employee").post("grievances",
                lodging(type, ground, orgId(base, "METI"), null, description));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json();
    }

    /** Lodges an anonymous complaint; returns the receipt (code, ackDue, decisionDue). */
    static JsonObject lodgeAnonymous(Api api, URL base, String description) {
        Api.Response r = api.post("public/grievances",
                lodging("DEMOTION", "REFUSED_CONSENT", orgId(base, "TOWA-HI"), null, description));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json();
    }

    /** JSON-B leaves null fields out: absent or null. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static String step(long version, String message) {
        return "{\"version\":" + version + (message == null ? "" : ",\"message\":\"" + message + "\"") + "}";
    }

    static String text(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    static void shiftClock(URL base, long days) {
        Api.Response r = Api.as(base, "admin").put("clock?offsetDays=" + days, "{}");
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
    }
}
