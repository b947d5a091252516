package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploys the real EAR and checks the login page, a login per role, and forbidden access, through HTTP. */
@ExtendWith(ArquillianExtension.class)
class SystemIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** The demo user of each role, and a menu entry only that role has (null: none of its own yet). */
    static final Map<String, String> ROLE_USERS = Map.of(
            "admin", "ADMIN", "officer", "AGENCY_SECURITY_OFFICER", "investigator", "INVESTIGATOR",
            "adjudicator", "ADJUDICATOR", "compliance", "COMPLIANCE_OFFICER", "grievance", "GRIEVANCE_OFFICER",
            "employee", "EMPLOYEE", "auditor", "AUDITOR");

    @Test
    void anonymousVisitorIsSentToTheJapaneseLoginPage() {
        Portal.Page page = new Portal(base).get("index.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.path().endsWith("/login.xhtml"), page.path());
        assertTrue(page.contains("lang=\"ja\""), "Japanese is the default language");
        assertTrue(page.contains("ユーザー名") && page.contains("パスワード"), "login form in Japanese");
    }

    @Test
    void everyRoleLogsInAndSeesItsOwnMenu() {
        for (var entry : ROLE_USERS.entrySet()) {
            Portal portal = new Portal(base);
            Portal.Page home = portal.login(entry.getKey(), Api.DEMO_PASSWORD);
            assertTrue(home.path().endsWith("/index.xhtml"), entry.getKey() + " landed on " + home.path());
            assertTrue(home.contains("id=\"currentUser\""), "header shows the user");
            assertEquals(entry.getValue().equals("ADMIN"), home.contains("id=\"menuOrganizations\""),
                    "administration menu for " + entry.getKey());
            assertEquals(entry.getValue().equals("AUDITOR"), home.contains("id=\"menuAuditTrail\""),
                    "audit menu for " + entry.getKey());
            assertTrue(home.contains("id=\"menuReference\""), "reference data for everyone");
            JsonObject me = Api.as(base, entry.getKey()).get("me").json();
            assertEquals(entry.getValue(), me.getJsonArray("roles").getString(0));
        }
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        Portal.Page page = new Portal(base).login("officer", "not-the-password");
        assertTrue(page.path().endsWith("/login.xhtml"));
        assertTrue(page.contains("ユーザー名またはパスワードが正しくありません。"), "message in Japanese");
        JsonObject failures = Api.as(base, "auditor").get("audit?actor=officer&action=LOGIN_FAILED").json();
        assertTrue(failures.getInt("total") >= 1, "failed login is in the audit trail");
    }

    @Test
    void pageOfAnotherRoleIsForbiddenWithAFriendlyPage() {
        Portal portal = new Portal(base);
        portal.login("employee", Api.DEMO_PASSWORD);
        Portal.Page page = portal.get("admin/organizations.xhtml");
        assertEquals(403, page.status());
        assertTrue(page.contains("アクセスできません"), "friendly 403 page");
        assertFalse(page.contains("Caused by") || page.contains("at jp.clearance") || page.contains("EJBAccess"),
                "no stack trace");

        Portal.Page audit = portal.get("audit/trail.xhtml");
        assertEquals(403, audit.status());
    }

    @Test
    void unknownPageIsAFriendly404() {
        Portal portal = new Portal(base);
        portal.login("admin", Api.DEMO_PASSWORD);
        Portal.Page page = portal.get("no/such/page.xhtml");
        assertEquals(404, page.status());
        assertTrue(page.contains("ページが見つかりません"));
    }

    @Test
    void apiCallWithoutTheRoleIsRefusedByTheEjbLayer() {
        Api.Response r = Api.as(base, "employee").inLanguage("en").post("organizations",
                "{\"code\":\"NOPE\",\"kind\":\"ORGAN\",\"nameJa\":\"不可\",\"nameEn\":\"Nope\"}");
        assertEquals(403, r.status(), r.toString());
        assertEquals("error.forbidden", r.json().getString("key"));
        assertEquals("You do not have permission for this action.", r.json().getString("message"));

        Api.Response ja = Api.as(base, "employee").post("organizations",
                "{\"code\":\"NOPE\",\"kind\":\"ORGAN\",\"nameJa\":\"不可\",\"nameEn\":\"Nope\"}");
        assertEquals("この操作を行う権限がありません。", ja.json().getString("message"));
    }

    @Test
    void apiWithoutCredentialsIsAskedToLogIn() {
        Api.Response r = Api.anonymous(base).get("me");
        assertEquals(401, r.status());
        assertEquals("http.401", r.json().getString("key"));
        Api.Response wrong = Api.as(base, "admin", "wrong-password").get("me");
        assertEquals(401, wrong.status());
    }
}
