package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People's personal data: shown only to those with a role and a need to know, and every read is audited. */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private long personOf(String user, String employerCode, String name) {
        JsonObject orgs = Api.as(base, "admin").get("organizations?text=" + employerCode).json();
        long employerId = orgs.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject people = Api.as(base, user).get("people?employerId=" + employerId + "&name=" + name).json();
        return people.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void readingAPersonsRecordIsAuditedWithItsPurpose() {
        long id = personOf("admin", "METI", "%E4%B8%AD%E6%9D%91");
        JsonObject person = Api.as(base, "admin").get("people/" + id + "?purpose=integration-test-check").json();
        assertEquals("中村", person.getString("familyName"));
        assertEquals("1990-07-07", person.getString("dateOfBirth"));

        JsonObject audit = Api.as(base, "auditor").get("audit?entityType=Person&action=READ&entityId=" + id).json();
        assertTrue(audit.getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().getString("detail")
                .equals("purpose=integration-test-check")), audit.toString());
    }

    @Test
    void aReadWithoutPurposeIsRefused() {
        long id = personOf("admin", "METI", "%E4%B8%AD%E6%9D%91");
        Api.Response r = Api.as(base, "admin").get("people/" + id);
        assertEquals(422, r.status(), r.toString());
    }

    @Test
    void officersSeeOnlyThePeopleOfTheirOwnOrganization() {
        JsonObject visible = Api.as(base, "officer").get("people?size=200").json();
        assertTrue(visible.getInt("total") > 0);
        visible.getJsonArray("items").forEach(p ->
                assertEquals("経済産業省", p.asJsonObject().getString("employerNameJa")));

        long caoPerson = personOf("admin", "CAO", "%E5%B1%B1%E7%94%B0");
        Api.Response r = Api.as(base, "officer").get("people/" + caoPerson + "?purpose=curiosity");
        assertEquals(404, r.status(), "another organization's person does not exist for the officer");
    }

    @Test
    void theListFiltersByActiveAndInactivePeopleInTheDatabase() {
        Api.Response active = Api.as(base, "admin").get("people?active=true&size=200");
        assertEquals(200, active.status(), active.toString());
        active.json().getJsonArray("items").forEach(p -> assertTrue(p.asJsonObject().getBoolean("active")));
        Api.Response inactive = Api.as(base, "admin").get("people?active=false&size=200");
        assertEquals(200, inactive.status(), inactive.toString());
        inactive.json().getJsonArray("items").forEach(p -> assertEquals(false, p.asJsonObject().getBoolean("active")));
        // with a name typed too (the pickers' query): kanji and katakana prefixes
        for (String name : new String[] {"%E4%BD%90%E8%97%A4", "%E3%82%B5%E3%83%88%E3%82%A6"}) {
            Api.Response named = Api.as(base, "admin").get("people?active=true&name=" + name);
            assertEquals(200, named.status(), named.toString());
            assertTrue(named.json().getInt("total") > 0, named.toString());
        }
    }

    /** A reading of four random katakana (ア..ン without small kana or long vowels), unique enough for a test's person. */
    static String randomReading() {
        String kana = "カキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            b.append(kana.charAt(ThreadLocalRandom.current().nextInt(kana.length())));
        }
        return b.toString();
    }

    static String hiragana(String katakana) {
        return katakana.chars().map(c -> c - 0x60).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /** A new person 佐藤 (サトウ) of METI, whose Latin name is written as the demo data writes it: given name first. */
    static long newSato(URL base, String givenReading) {
        JsonObject orgs = Api.as(base, "admin").get("organizations?text=METI").json();
        long employerId = orgs.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response created = Api.as(base, "admin").post("people", "{\"familyName\":\"佐藤\",\"givenName\":\"検索\","
                + "\"familyNameKana\":\"サトウ\",\"givenNameKana\":\"" + givenReading + "\",\"latinName\":\"Taro Sato\","
                + "\"dateOfBirth\":\"1985-05-05\",\"nationalities\":[\"JP\"],\"employerId\":" + employerId + "}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private List<Long> found(String name) {
        Api.Response r = Api.as(base, "admin").get("people?size=200&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aNameIsFoundByKanjiByKanaInEitherScriptOrWidthAndByLatinInEitherOrder() {
        String given = randomReading();
        long id = newSato(base, given);
        for (String name : new String[] {"Sato", "sato", "SATO", "Satō", "Satoh", "Ｓａｔｏ", "Sato Taro", "sato t",
                "Taro Sato", "taro", "ｻﾄｳ", "ｻﾄｰ", "さとう", "さとー", "サトウ", "サトー", "サト", "佐藤", "佐"}) {
            assertTrue(found(name).contains(id), "\"" + name + "\" finds 佐藤 サトウ Taro Sato");
        }
        // the whole reading, family and given, in hiragana: this person only
        assertEquals(List.of(id), found("さとう　" + hiragana(given)));
        assertEquals(List.of(id), found("ｻﾄｳ " + given));
        assertFalse(found("Satomi").contains(id));
        assertFalse(found("サトミ").contains(id));
        assertFalse(found("Hanako").contains(id));
    }

    @Test
    void rolesWithoutNeedToKnowCannotListPeople() {
        assertEquals(403, Api.as(base, "employee").get("people").status());
        assertEquals(403, Api.as(base, "compliance").get("people").status());
    }
}
