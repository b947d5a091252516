package jp.clearance.system.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import jp.clearance.system.Api;

/** Test data for the designation tests, made through the API as the demo users (each test makes its own). */
final class Fixtures {
    private final URL base;

    Fixtures(URL base) {
        this.base = base;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    }

    long organization(String code) {
        return Api.as(base, "admin").get("organizations?text=" + code).json().getJsonArray("items").stream()
                .map(JsonValueHolder::of).filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A demo person by employer code and family name. */
    private static final java.util.concurrent.atomic.AtomicInteger NOTIFIED = new java.util.concurrent.atomic.AtomicInteger();

    long person(String employerCode, String familyName) {
        JsonObject people = Api.as(base, "admin").get("people?employerId=" + organization(employerCode) + "&name="
                + URLEncoder.encode(familyName, StandardCharsets.UTF_8)).json();
        return people.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A new person (unique name) in the same employer and section as the demo person of this family name. */
    long newPersonLike(String employerCode, String familyName) {
        long like = person(employerCode, familyName);
        JsonObject model = Api.as(base, "admin").get("people/" + like + "?purpose=test+fixture").json();
        String u = unique("P");
        Api.Response created = Api.as(base, "admin").post("people", "{\"familyName\":\"試験\",\"givenName\":\"" + u
                + "\",\"familyNameKana\":\"シケン\",\"givenNameKana\":\"テスト\",\"dateOfBirth\":\"1984-04-04\","
                + "\"nationalities\":[\"JP\"],\"employerId\":" + model.getJsonNumber("employerId").longValue()
                + (model.isNull("sectionId") ? "" : ",\"sectionId\":" + model.getJsonNumber("sectionId").longValue())
                + "}");
        if (created.status() != 201) {
            throw new IllegalStateException(created.toString());
        }
        return created.json().getJsonNumber("id").longValue();
    }

    static String designationJson(String number, String level, String category, String item, LocalDate on,
                                  LocalDate until) {
        return "{\"referenceNumber\":\"" + number + "\",\"title\":\"試験用の指定 " + number + "\","
                + "\"summary\":\"基幹インフラの防護措置に関する情報（試験）\",\"levelCode\":\"" + level + "\","
                + "\"categoryCode\":\"" + category + "\"," + (item == null ? "" : "\"itemCode\":\"" + item + "\",")
                + "\"designatingOfficial\":\"経済産業大臣\",\"designatedOn\":\"" + on + "\",\"validUntil\":\"" + until
                + "\",\"marking\":\"文書の冒頭に「重要経済安保情報」と表示\"}";
    }

    /** A Confidential-class designation of METI (by the demo officer), designated today for five years. */
    long confidential(String number) {
        Api.Response r = Api.as(base, "officer").post("designations",
                designationJson(number, "CONFIDENTIAL", "CESI_C1", "CESI_C1_I01", today(), today().plusYears(5)));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    long topSecret(String number) {
        Api.Response r = Api.as(base, "officer").post("designations",
                designationJson(number, "TOP_SECRET", "SDS_DEFENSE", null, today(), today().plusYears(5)));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    long version(long designationId) {
        return Api.as(base, "officer").get("designations/" + designationId + "/register-line").json()
                .getJsonNumber("version").longValue();
    }

    /**
     * A valid external record of METI. The demo people are shared by the tests, and the same decision (person, organ,
     * level, notification day) is entered only once: each record gets a notification day of its own (1–2 years ago).
     */
    long eligibility(long personId, String level) {
        LocalDate notified = today().minusYears(1).minusDays(NOTIFIED.getAndIncrement() % 365);
        Api.Response r = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + personId + ",\"levelCode\":\""
                + level + "\",\"organId\":" + organization("METI") + ",\"externalReference\":\"" + unique("EXT")
                + "\",\"notifiedOn\":\"" + notified + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    long training(long personId, LocalDate validUntil) {
        Api.Response r = Api.as(base, "admin").post("trainings", "{\"personId\":" + personId
                + ",\"course\":\"保全研修（試験）\",\"completedOn\":\"" + today().minusDays(10) + "\",\"validUntil\":\""
                + validUntil + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    Api.Response addHandler(long designationId, long personId) {
        return Api.as(base, "officer").post("designations/" + designationId + "/handlers", "{\"personId\":" + personId + "}");
    }

    boolean onRegister(long designationId, long personId) {
        return array(Api.as(base, "officer").get("designations/" + designationId + "/handlers").body()).stream()
                .anyMatch(h -> h.asJsonObject().getJsonNumber("personId").longValue() == personId);
    }

    static jakarta.json.JsonArray array(String body) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray();
        }
    }

    /** Small helper to read JSON array elements as objects. */
    static final class JsonValueHolder {
        static JsonObject of(jakarta.json.JsonValue v) {
            return v.asJsonObject();
        }
    }
}
