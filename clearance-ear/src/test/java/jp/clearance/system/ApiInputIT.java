package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to the REST API is answered 400 with the JSON error shape ({@code key}, {@code message},
 * {@code violations}) in the caller's language, naming the field (and for an enum the allowed values), never 500.
 */
@ExtendWith(ArquillianExtension.class)
class ApiInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** A 400 in the error shape, with a key of the input family and a message that is not the key. */
    private static JsonObject badInput(Api.Response r) {
        assertEquals(400, r.status(), r.toString());
        JsonObject e = r.json();
        assertTrue(e.getString("key").startsWith("error.input."), r.toString());
        assertFalse(e.getString("message").isBlank(), r.toString());
        assertFalse(e.getString("message").startsWith("error."), "translated: " + r);
        assertTrue(e.containsKey("violations"), r.toString());
        return e;
    }

    private static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF);
    }

    private long orgId(String code) {
        return Api.as(base, "admin").get("organizations?text=" + code).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void malformedJsonAnArrayANullAndAStringAreRefusedWithTheErrorShape() {
        Api officer = Api.as(base, "officer");
        for (String body : new String[] {"{", "[]", "null", "\"x\"", "{\"personId\":1,", "{}}"}) {
            JsonObject ja = badInput(officer.post("evaluations", body));
            assertTrue(japanese(ja.getString("message")), "Japanese by default: " + ja);
            JsonObject en = badInput(Api.as(base, "officer").inLanguage("en").post("evaluations", body));
            assertFalse(japanese(en.getString("message")), "English when asked: " + en);
        }
        badInput(Api.anonymous(base).post("public/grievances/access", "null"));
        badInput(Api.as(base, "grievance").post("grievances/1/notes", "[]"));
        badInput(Api.as(base, "compliance").post("incidents", "\"x\""));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        String body = "{\"type\":\"NO_SUCH_TYPE\",\"ground\":\"REFUSED_CONSENT\",\"employerId\":" + orgId("TOWA-HI")
                + ",\"occurredOn\":\"2026-01-15\",\"description\":\"列挙値の確認\"}";
        JsonObject e = badInput(Api.anonymous(base).inLanguage("en").post("public/grievances", body));
        assertTrue(e.getString("message").contains("type"), e.toString());
        assertTrue(e.getString("message").contains("NO_SUCH_TYPE"), e.toString());
        assertTrue(e.getString("message").contains("DEMOTION"), "the allowed values: " + e);
        assertTrue(e.getJsonArray("violations").toString().contains("type"), e.toString());
        JsonObject ja = badInput(Api.anonymous(base).post("public/grievances", body));
        assertTrue(japanese(ja.getString("message")) && ja.getString("message").contains("DEMOTION"), ja.toString());

        JsonObject nested = badInput(Api.as(base, "compliance").inLanguage("en").post("incidents",
                "{\"title\":\"x\",\"channel\":\"PIGEON\"}"));
        assertTrue(nested.getString("message").contains("channel") && nested.getString("message").contains("LOST_MEDIA"),
                nested.toString());
    }

    @Test
    void wrongTypesAndBadDatesNameTheField() {
        JsonObject type = badInput(Api.as(base, "officer").inLanguage("en").post("evaluations",
                "{\"personId\":\"abc\",\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"x\"}"));
        assertTrue(type.getString("message").contains("personId"), type.toString());
        JsonObject object = badInput(Api.as(base, "officer").inLanguage("en").post("evaluations",
                "{\"personId\":1,\"levelCode\":{\"a\":1},\"scope\":\"x\"}"));
        assertTrue(object.getString("message").contains("levelCode"), object.toString());
        JsonObject list = badInput(Api.as(base, "compliance").inLanguage("en").post("incidents",
                "{\"title\":\"x\",\"designationIds\":\"all\"}"));
        assertTrue(list.getString("message").contains("designationIds"), list.toString());

        String lodging = "{\"type\":\"DEMOTION\",\"ground\":\"REFUSED_CONSENT\",\"employerId\":" + orgId("TOWA-HI")
                + ",\"occurredOn\":\"2026-13-45\",\"description\":\"日付の確認\"}";
        JsonObject date = badInput(Api.anonymous(base).inLanguage("en").post("public/grievances", lodging));
        assertTrue(date.getString("message").contains("occurredOn"), date.toString());
        assertTrue(date.getString("message").contains("2026-13-45"), date.toString());
        JsonObject version = badInput(Api.as(base, "grievance").inLanguage("en").post("grievances/1/acknowledge",
                "{\"version\":\"new\"}"));
        assertTrue(version.getString("message").contains("version"), version.toString());
    }

    @Test
    void badQueryAndPathParametersAre400NamingTheParameter() {
        JsonObject status = badInput(Api.as(base, "grievance").inLanguage("en").get("grievances?status=BAD"));
        assertTrue(status.getString("message").contains("status") && status.getString("message").contains("LODGED"),
                status.toString());
        JsonObject incident = badInput(Api.as(base, "compliance").inLanguage("en").get("incidents?status=BAD"));
        assertTrue(incident.getString("message").contains("status"), incident.toString());
        JsonObject state = badInput(Api.as(base, "officer").get("evaluations?state=NOPE"));
        assertTrue(japanese(state.getString("message")) && state.getString("message").contains("NOMINATED"),
                state.toString());
        JsonObject first = badInput(Api.as(base, "officer").inLanguage("en").get("evaluations?first=abc"));
        assertTrue(first.getString("message").contains("first"), first.toString());
        badInput(Api.as(base, "compliance").get("incidents?organId=x"));
        badInput(Api.as(base, "compliance").get("incidents/statistics?year=twenty"));
        badInput(Api.as(base, "compliance").get("incidents/1/offences?designationId=abc"));
        badInput(Api.anonymous(base).get("public/grievances/organizations?kind=PLANET"));
        JsonObject path = badInput(Api.as(base, "officer").inLanguage("en").get("evaluations/abc"));
        assertTrue(path.getString("message").contains("id"), path.toString());
        badInput(Api.as(base, "grievance").get("grievances/statistics?from=yesterday&to=2026-01-01"));
        assertEquals(200, Api.as(base, "grievance").get("grievances?status=").status(), "an empty filter is no filter");
        JsonObject nul = badInput(Api.as(base, "officer").inLanguage("en").get("designations/1?purpose=a%00b"));
        assertTrue(nul.getString("message").contains("purpose"), "no NUL reaches a text column: " + nul);
        JsonObject nulBody = badInput(Api.as(base, "officer").inLanguage("en").post("evaluations",
                "{\"personId\":1,\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"a\\u0000b\"}"));
        assertTrue(nulBody.getString("message").contains("scope"), nulBody.toString());
    }

    @Test
    void theVettingQueueSearchTakesTextThatIsNotACaseNumber() {
        for (String user : new String[] {"officer", "investigator", "adjudicator", "auditor", "employee"}) {
            for (String text : new String[] {"1-2", "12345678901234567890", "-1", "1.5", "%", "１２"}) {
                Api.Response r = Api.as(base, user).get("evaluations?text=" + java.net.URLEncoder.encode(text,
                        java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(200, r.status(), user + " " + text + ": " + r);
            }
        }
    }

    @Test
    void theNextStepIsTranslatedAndItsKeyKept() {
        String u = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response p = Api.as(base, "admin").post("people", "{\"familyName\":\"次段\",\"givenName\":\"太郎" + u
                + "\",\"familyNameKana\":\"ジダン\",\"givenNameKana\":\"タロウ\",\"latinName\":\"Taro Next\","
                + "\"dateOfBirth\":\"1985-05-05\",\"nationalities\":[\"JP\"],\"employerId\":" + orgId("METI")
                + ",\"staffNumber\":\"N-" + u + "\"}");
        assertEquals(201, p.status(), p.toString());
        Api.Response n = Api.as(base, "officer").post("evaluations", "{\"personId\":" + p.json().getJsonNumber("id")
                + ",\"levelCode\":\"CONFIDENTIAL\",\"scope\":\"次の段階の表示\"}");
        assertEquals(201, n.status(), n.toString());
        assertEquals("vetting.next.NOMINATED", n.json().getString("nextStepKey"));
        long id = n.json().getJsonNumber("id").longValue();

        JsonObject ja = Api.as(base, "officer").get("evaluations/" + id).json();
        assertEquals("vetting.next.NOMINATED", ja.getString("nextStepKey"));
        assertEquals("本人が告知書を読み、同意するか同意しないかを回答します。", ja.getString("nextStep"));
        JsonObject en = Api.as(base, "officer").inLanguage("en").get("evaluations/" + id).json();
        assertEquals("The person reads the notice and consents or refuses.", en.getString("nextStep"));
        assertEquals(ja.getJsonNumber("version"), en.getJsonNumber("version"), "the rest is unchanged");
        assertEquals(ja.getString("state"), en.getString("state"));
        assertFalse(Api.as(base, "officer").get("evaluations/" + id).body().contains("\"nextStep\":\"vetting."),
                "no untranslated key in nextStep");
    }
}
