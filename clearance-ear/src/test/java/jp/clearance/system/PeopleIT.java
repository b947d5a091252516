package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
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

    @Test
    void rolesWithoutNeedToKnowCannotListPeople() {
        assertEquals(403, Api.as(base, "employee").get("people").status());
        assertEquals(403, Api.as(base, "compliance").get("people").status());
    }
}
