package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 15, item 18: the language a user chooses is stored with their account, so it follows them to a new browser
 * (no cookie, a Japanese Accept-Language) at the next login; a choice made on the login page is stored at the login.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageMemoryBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** A new login of the Cabinet Office with one role and the demo password (a test's own: no stored language). */
    static String account(URL base, String role) {
        long cao = Api.as(base, "admin").get("organizations?text=CAO").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("CAO")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String username = "lang" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = Api.as(base, "admin").post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"organizationId\":" + cao + ",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, r.status(), r.toString());
        return username;
    }

    private static String lang(Browser b) {
        return (String) ((JavascriptExecutor) b.driver()).executeScript("return document.documentElement.lang;");
    }

    /** Logs in by the login form (not {@link Browser#login}, which is the same) and waits for the home page. */
    private static void logIn(Browser b, URL base, String user) {
        b.open(base + "login.xhtml");
        b.type("login:username", user);
        b.type("login:password", Api.DEMO_PASSWORD);
        b.click("login:submit");
        b.waitForUrl("index.xhtml");
    }

    @Test
    void theChosenLanguageFollowsTheAccountToANewBrowser() {
        String user = account(base, "ADMIN");
        try (Browser b = new Browser()) {
            logIn(b, base, user);
            assertEquals("ja", lang(b), "Japanese first (a Japanese browser, nothing chosen)");
            b.click("header:langEn");
            b.waitForText("Organizations");
            b.click("header:logout");
            b.waitForUrl("login.xhtml");
        }
        // A new browser: no cookie, Accept-Language Japanese; the account's language comes first.
        try (Browser b = new Browser()) {
            b.open(base + "login.xhtml");
            assertEquals("ja", lang(b), "before login the browser's language");
            logIn(b, base, user);
            assertEquals("en", lang(b), "after login the language stored with the account");
            assertTrue(b.id("menuOrganizations").getText().contains("Organizations"), b.id("menuOrganizations").getText());

            // Switched back: stored again, the next new browser is Japanese.
            b.click("header:langJa");
            b.waitForText("システム管理者");
        }
        try (Browser b = new Browser("en")) {
            logIn(b, base, user);
            assertEquals("ja", lang(b), "the account's Japanese before an English browser's Accept-Language");
        }
    }

    @Test
    void aLanguageChosenOnTheLoginPageIsStoredAtTheLogin() {
        String user = account(base, "EMPLOYEE");
        try (Browser b = new Browser()) {
            b.open(base + "login.xhtml");
            b.click("header:langEn");
            b.waitForText("User name");
            logIn(b, base, user);
            assertEquals("en", lang(b));
            b.click("header:logout");
            b.waitForUrl("login.xhtml");
        }
        try (Browser b = new Browser()) {
            logIn(b, base, user);
            assertEquals("en", lang(b), "the choice made before the login was stored with the account");
        }
    }
}
