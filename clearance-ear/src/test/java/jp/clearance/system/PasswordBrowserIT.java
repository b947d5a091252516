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

/** The change-password page in real headless Chromium: reached from the header, refusals explained, the change made. */
@ExtendWith(ArquillianExtension.class)
class PasswordBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** A new employee login of the Cabinet Office with this password. */
    private String account(String password) {
        long cao = Api.as(base, "admin").get("organizations?text=CAO").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("CAO")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String username = "cp" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = Api.as(base, "admin").post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"organizationId\":" + cao + ",\"roles\":[\"EMPLOYEE\"]}");
        assertEquals(201, r.status(), r.toString());
        return username;
    }

    private static void login(Browser b, URL base, String user, String password) {
        b.open(base + "login.xhtml");
        b.type("login:username", user);
        b.type("login:password", password);
        b.click("login:submit");
        b.waitForUrl("index.xhtml");
    }

    private static void fill(Browser b, String current, String next, String confirm) {
        b.type("password:current", current);
        b.type("password:newPassword", next);
        b.type("password:confirm", confirm);
        b.click("password:change");
        b.idle();
    }

    @Test
    void theHolderChangesTheirPasswordFromTheHeaderMenu() {
        String first = "Harbour-Lights-31";
        String second = "Maple-Syrup-Dawn-8";
        String user = account(first);
        try (Browser b = new Browser()) {
            login(b, base, user, first);
            b.click("header:changePassword");
            b.waitForUrl("account/password.xhtml");
            b.waitForText("パスワードの変更");
            assertTrue(b.id("password:rules").getText().contains("12"), "the page names the minimum length");

            fill(b, "not-my-password", second, second);
            b.waitForText("現在のパスワードが正しくありません。");
            fill(b, first, "password1234", "password1234");
            b.waitForText("よく使われていて推測されやすい");
            fill(b, first, "short-one", "short-one");
            b.waitForText("パスワードは12文字以上にしてください。");
            fill(b, first, second, second + "x");
            b.waitForText("一致しません");

            fill(b, first, second, second);
            b.waitForText("パスワードを変更しました。");
        }
        assertEquals(401, Api.as(base, user, first).get("me").status(), "the old password no longer works");
        assertEquals(200, Api.as(base, user, second).get("me").status(), "the new one does");
        try (Browser b = new Browser()) {
            login(b, base, user, second);
            b.click("header:langEn");
            b.waitForText("Change password");
            b.click("header:changePassword");
            b.waitForUrl("account/password.xhtml");
            b.waitForText("Current password");
            fill(b, second, "aaaaaaaaaaaaaa", "aaaaaaaaaaaaaa");
            b.waitForText("Passwords that repeat the same characters");
        }
    }
}
