package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
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

    /** Issue 19: guessing the current password through the change locks the account as wrong logins do. */
    @Test
    void guessingTheCurrentPasswordThroughAChangeLocksTheAccount() {
        String user = username();
        String password = "Meadow-Copper-58";
        assertEquals(201, create(user, password, "ja").status());
        Api me = Api.as(base, user, password);
        long id = me.get("me").json().getJsonNumber("id").longValue();
        for (int i = 0; i < 10; i++) {
            Api.Response wrong = me.post("me/password", "{\"currentPassword\":\"guess-" + i
                    + "\",\"newPassword\":\"Orchard-Silent-31\"}");
            assertEquals(422, wrong.status(), "guess " + i + ": " + wrong);
        }
        assertEquals(401, me.get("me").status(), "ten wrong guesses lock the account, the right password too");
        JsonObject lock = Api.as(base, "admin").get("accounts/" + id + "/lock").json();
        assertFalse(lock.isNull("lockedUntil"), "the admin sees the lock: " + lock);
        assertEquals(200, Api.as(base, "admin").post("accounts/" + id + "/unlock", null).status());
        assertEquals(200, Api.as(base, user, password).get("me").status(), "unlocked by the admin");
    }

    // --- a hash of the former setting (PostgreSQL only: the H2 test database is a file the server holds open) -------

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("it.pg.host", "127.0.0.1")
                + ":5432/" + System.getProperty("it.pg.database", "clearance_it"), "postgres", "postgres");
    }

    private static String storedHash(String username) throws SQLException {
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("select password_hash from user_account where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), username);
                return r.getString(1);
            }
        }
    }

    /** A hash as Clearance made them until 2026-12: PBKDF2WithHmacSHA256, 2,048 iterations, 32-byte salt and key. */
    private static String formerHash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 32 * 8)).getEncoded();
        return "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aHashOfTheFormerSettingStillWorksAndIsMadeAgainAtTheNextLogin() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("clearance.db")), "needs the PostgreSQL test database");
        String user = username();
        String password = "Copper-Kettle-Song-5";
        Api.Response created = create(user, password, "ja");
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(storedHash(user).startsWith("PBKDF2WithHmacSHA512:210000:"), "new hashes use the current setting");

        String former = formerHash(password);
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("update user_account set password_hash = ? where username = ?")) {
            s.setString(1, former);
            s.setString(2, user);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(401, Api.as(base, user, "Copper-Kettle-Song-6").get("me").status(), "a wrong password fails");
        assertEquals(former, storedHash(user), "a failed login re-hashes nothing");

        assertEquals(200, Api.as(base, user, password).get("me").status(), "the former hash still verifies");
        String now = storedHash(user);
        assertTrue(now.startsWith("PBKDF2WithHmacSHA512:210000:"), "made again with the current setting: " + now);
        assertEquals(200, Api.as(base, user, password).get("me").status(), "and the new hash verifies");
        assertEquals(now, storedHash(user), "a current hash is left as it is");

        List<String> rehashed = Api.as(base, "auditor").get("audit?entityType=UserAccount&entityId=" + id + "&size=50")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("detail", "").startsWith("password re-hashed"))
                .map(e -> e.getString("actor") + ": " + e.getString("detail")).toList();
        assertEquals(List.of(user + ": password re-hashed at login: PBKDF2WithHmacSHA256/2048 -> PBKDF2WithHmacSHA512/210000"),
                rehashed);
    }
}
