package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The password policy (at least 12 characters, not a common password, not a repetition or a run) wherever a password
 * is set, and the holder changing their own password through {@code POST /api/me/password}.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private long cao() {
        return Api.as(base, "admin").get("organizations?text=CAO").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("CAO")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String username() {
        return "pw" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response create(String username, String password, String language) {
        return Api.as(base, "admin").inLanguage(language).post("accounts", "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\",\"organizationId\":" + cao() + ",\"roles\":[\"EMPLOYEE\"]}");
    }

    private void refused(String password, String key, String why) {
        String user = username();
        for (String language : List.of("ja", "en")) {
            Api.Response r = create(user, password, language);
            assertEquals(422, r.status(), why + ": " + r);
            assertEquals(key, r.json().getString("key"), why);
            String message = r.json().getString("message");
            assertFalse(message.isBlank() || message.equals(key), why + ": a message in " + language);
            assertEquals(language.equals("ja"), message.codePoints().anyMatch(c -> c > 0x3000),
                    why + ": the message is in " + language + ": " + message);
        }
        assertEquals(401, Api.as(base, user, password).get("me").status(), "no account was created: " + why);
    }

    @Test
    void weakPasswordsAreRefusedWithAClearMessage() {
        refused("aaaaaaaaaa", "error.account.passwordTooShort", "ten characters");
        refused("Zq7!mK2#vLx", "error.account.passwordTooShort", "eleven characters");
        assertTrue(create(username(), "aaaaaaaaaa", "en").json().getString("message").contains("12"),
                "the message names the minimum");
        refused("aaaaaaaaaaaa", "error.account.passwordRepetitive", "one character repeated");
        refused("abababababab", "error.account.passwordRepetitive", "a short pattern repeated");
        refused("abcdefghijklm", "error.account.passwordRepetitive", "a run of letters");
        refused("123456789012", "error.account.passwordRepetitive", "a run of digits");
        refused("password1234", "error.account.passwordCommon", "a common password");
        refused("PASSWORD1234", "error.account.passwordCommon", "a common password in capitals");
        refused("qwertyuiop123", "error.account.passwordCommon", "a keyboard walk from the list, digits added");

        String user = username();
        Api.Response ok = create(user, "Zq7!mK2#vLx9", "ja");
        assertEquals(201, ok.status(), ok.toString());
        assertEquals(200, Api.as(base, user, "Zq7!mK2#vLx9").get("me").status());
        assertEquals(201, create(username(), Api.DEMO_PASSWORD, "ja").status(), "the demo password passes");
    }

    @Test
    void theHolderChangesTheirOwnPasswordAndTheChangeIsAudited() {
        String user = username();
        String first = "Umbrella-Tide-42";
        String second = "Lantern-Quiet-77";
        assertEquals(201, create(user, first, "ja").status());
        Api me = Api.as(base, user, first);
        long id = me.get("me").json().getJsonNumber("id").longValue();

        Api.Response wrong = me.post("me/password", "{\"currentPassword\":\"not-my-password\",\"newPassword\":\""
                + second + "\"}");
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("error.account.wrongCurrentPassword", wrong.json().getString("key"));
        Api.Response weak = me.post("me/password", "{\"currentPassword\":\"" + first
                + "\",\"newPassword\":\"password1234\"}");
        assertEquals(422, weak.status(), weak.toString());
        assertEquals("error.account.passwordCommon", weak.json().getString("key"));
        Api.Response same = me.post("me/password", "{\"currentPassword\":\"" + first + "\",\"newPassword\":\""
                + first + "\"}");
        assertEquals(422, same.status(), same.toString());
        assertEquals("error.account.passwordUnchanged", same.json().getString("key"));
        assertEquals(200, Api.as(base, user, first).get("me").status(), "refused changes change nothing");

        Api.Response changed = me.post("me/password", "{\"currentPassword\":\"" + first + "\",\"newPassword\":\""
                + second + "\"}");
        assertEquals(204, changed.status(), changed.toString());
        assertEquals(401, Api.as(base, user, first).get("me").status(), "the old password no longer works");
        assertEquals(200, Api.as(base, user, second).get("me").status(), "the new one does");

        List<JsonObject> trail = Api.as(base, "auditor").get("audit?entityType=UserAccount&entityId=" + id + "&size=50")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(trail.stream().anyMatch(e -> e.getString("actor").equals(user) && e.getString("action").equals("UPDATE")
                && e.getString("detail").contains("password changed")), trail.toString());
        assertFalse(trail.toString().contains(second) || trail.toString().contains(first), "no password in the trail");
        assertTrue(trail.stream().anyMatch(e -> e.getString("actor").equals(user)
                && e.getString("action").equals("ACCESS_DENIED")), "the wrong current password is recorded: " + trail);

        Api.Response anonymous = Api.anonymous(base).post("me/password", "{\"currentPassword\":\"" + second
                + "\",\"newPassword\":\"Another-Fine-Day-9\"}");
        assertEquals(401, anonymous.status());
    }
}
