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

/** Organizations through the API on the real server: rules, optimistic locking, audit trail, need to know. */
@ExtendWith(ArquillianExtension.class)
class OrganizationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String json(String code, String nameJa) {
        return "{\"code\":\"" + code + "\",\"kind\":\"ENTITY\",\"nameJa\":\"" + nameJa
                + "\",\"nameEn\":\"Test Co.\",\"corporateNumber\":\"1234567890123\"}";
    }

    @Test
    void administratorCreatesAnOrganizationAndTheAuditorSeesIt() {
        String code = uniqueCode();
        Api.Response created = Api.as(base, "admin").post("organizations", json(code, "試験株式会社"));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject read = Api.as(base, "officer").get("organizations/" + id).json();
        assertEquals(code, read.getString("code"));
        assertEquals("試験株式会社", read.getString("nameJa"));

        JsonObject audit = Api.as(base, "auditor").get("audit?entityType=Organization&entityId=" + id).json();
        assertEquals(1, audit.getInt("total"));
        JsonObject entry = audit.getJsonArray("items").getJsonObject(0);
        assertEquals("admin", entry.getString("actor"));
        assertEquals("CREATE", entry.getString("action"));
        assertTrue(entry.getString("detail").contains("code=" + code));

        JsonObject verification = Api.as(base, "auditor").post("audit/verify", null).json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
    }

    @Test
    void duplicateCodeIsRefusedInTheCallersLanguageAndNothingChanges() {
        String code = uniqueCode();
        assertEquals(201, Api.as(base, "admin").post("organizations", json(code, "一社目")).status());
        Api.Response ja = Api.as(base, "admin").post("organizations", json(code, "二社目"));
        assertEquals(422, ja.status());
        assertEquals("組織コード「" + code + "」は既に使われています。", ja.json().getString("message"));
        Api.Response en = Api.as(base, "admin").inLanguage("en").post("organizations", json(code, "二社目"));
        assertEquals("The organization code \"" + code + "\" is already in use.", en.json().getString("message"));

        JsonObject list = Api.as(base, "admin").get("organizations?text=" + code).json();
        assertEquals(1, list.getInt("total"), "only the first one exists");
        assertEquals(0, Api.as(base, "auditor").get("audit?entityType=Organization&action=CREATE")
                .json().getJsonArray("items").stream()
                .filter(e -> e.asJsonObject().getString("detail", "").contains("二社目")).count());
    }

    @Test
    void invalidInputIsRefusedWithTheFieldsNamed() {
        Api.Response r = Api.as(base, "admin").post("organizations",
                "{\"code\":\"bad code\",\"kind\":\"ORGAN\",\"nameJa\":\"\",\"nameEn\":\"x\"}");
        assertEquals(422, r.status(), r.toString());
        String violations = r.json().getJsonArray("violations").toString();
        assertTrue(violations.contains("code"), violations);
        assertTrue(violations.contains("nameJa"), violations);

        // Issue 15, item 10: the findings in the caller's language, each field by its label (and its name for programs).
        assertTrue(violations.contains("コード (code): 英大文字・数字・「_」「-」だけで入力してください"), violations);
        assertTrue(violations.contains("名称（日本語） (nameJa): "), violations);
        assertFalse(violations.matches("(?s).*(must not|Use capital).*"), "no English under Japanese: " + violations);
        String english = Api.as(base, "admin").inLanguage("en").post("organizations",
                "{\"code\":\"bad code\",\"kind\":\"ORGAN\",\"nameJa\":\"\",\"nameEn\":\"x\"}").json()
                .getJsonArray("violations").toString();
        assertTrue(english.contains("Code (code): Use capital letters, digits"), english);
    }

    /** Issue 15, item 10: "not found" named the Java class and grouped the id (Organization 999,999,999). */
    @Test
    void aMissingRecordIsNamedInWordsWithItsIdAsWritten() {
        Api.Response r = Api.as(base, "admin").get("organizations/987654321");
        assertEquals(404, r.status(), r.toString());
        assertEquals("記録が見つかりません（組織 987654321）。", r.json().getString("message"));
        assertEquals("Record not found (organization 987654321).",
                Api.as(base, "admin").inLanguage("en").get("organizations/987654321").json().getString("message"));
    }

    @Test
    void staleUpdateIsCaughtNotSilentlyLost() {
        String code = uniqueCode();
        JsonObject created = Api.as(base, "admin").post("organizations", json(code, "版管理株式会社")).json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();

        String first = "{\"version\":" + version + ",\"code\":\"" + code + "\",\"kind\":\"ENTITY\","
                + "\"nameJa\":\"先に保存\",\"nameEn\":\"First\"}";
        Api.Response ok = Api.as(base, "admin").put("organizations/" + id, first);
        assertEquals(200, ok.status(), ok.toString());

        String second = first.replace("先に保存", "後から保存").replace("First", "Second");
        Api.Response stale = Api.as(base, "admin").put("organizations/" + id, second);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("先に保存", Api.as(base, "admin").get("organizations/" + id).json().getString("nameJa"));
    }

    @Test
    void organizationsArePagedAndFilteredInTheDatabase() {
        JsonObject page = Api.as(base, "admin").get("organizations?kind=ORGAN&size=2&sort=code").json();
        assertEquals(2, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 3, "the demo organs");
        page.getJsonArray("items").forEach(o -> assertEquals("ORGAN", o.asJsonObject().getString("kind")));
        JsonObject next = Api.as(base, "admin").get("organizations?kind=ORGAN&size=2&first=2&sort=code").json();
        assertFalse(next.getJsonArray("items").isEmpty());
        assertTrue(page.getJsonArray("items").getJsonObject(1).getString("code")
                .compareTo(next.getJsonArray("items").getJsonObject(0).getString("code")) < 0, "sorted across pages");
    }
}
