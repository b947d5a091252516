package jp.clearance.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** With Payara's own Pbkdf2PasswordHash (Soteria), as the identity store uses it. */
class PasswordHashingTest {
    private static final char[] PASSWORD = "clearance-demo".toCharArray();

    /** A hash as Clearance made them before: the container's defaults (PBKDF2WithHmacSHA256, 2,048 iterations). */
    private static String oldHash() {
        return new Pbkdf2PasswordHashImpl().generate(PASSWORD);
    }

    @Test
    void newHashesUseSha512WithOwaspsIterationsAndCarryTheirParameters() {
        String hash = PasswordHashing.using(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        String[] parts = hash.split(":");
        assertEquals(4, parts.length, hash);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertFalse(PasswordHashing.isWeak(hash));
        assertEquals("PBKDF2WithHmacSHA512/210000", PasswordHashing.setting(hash));
    }

    @Test
    void oldHashesKeepVerifyingAndAreWeak() {
        String old = oldHash();
        assertTrue(old.startsWith("PBKDF2WithHmacSHA256:2048:"), old);
        PasswordHashing hashing = PasswordHashing.using(new Pbkdf2PasswordHashImpl());
        assertTrue(hashing.verify(PASSWORD, old), "verified with the parameters it carries");
        assertFalse(hashing.verify("clearance-demO".toCharArray(), old));
        assertTrue(PasswordHashing.isWeak(old));
        assertEquals("PBKDF2WithHmacSHA256/2048", PasswordHashing.setting(old));
    }

    @Test
    void theIdentityStoreWithItsDefaultsVerifiesTheNewHashes() {
        String hash = PasswordHashing.using(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        Pbkdf2PasswordHashImpl store = new Pbkdf2PasswordHashImpl();
        store.initialize(Map.of());
        assertTrue(store.verify(PASSWORD, hash));
        assertFalse(store.verify("wrong".toCharArray(), hash));
    }

    @Test
    void fewerIterationsOrAnotherAlgorithmOrAnUnreadableHashIsWeak() {
        assertTrue(PasswordHashing.isWeak("PBKDF2WithHmacSHA512:100000:c2FsdA==:aGFzaA=="));
        assertTrue(PasswordHashing.isWeak("PBKDF2WithHmacSHA384:300000:c2FsdA==:aGFzaA=="));
        assertFalse(PasswordHashing.isWeak("PBKDF2WithHmacSHA512:600000:c2FsdA==:aGFzaA=="));
        assertTrue(PasswordHashing.isWeak("garbage"));
        assertTrue(PasswordHashing.isWeak(null));
    }

    @Test
    void oneHashTakesAtMostThreeHundredMilliseconds() {
        PasswordHashing hashing = PasswordHashing.using(new Pbkdf2PasswordHashImpl());
        hashing.hash(PASSWORD);
        long start = System.nanoTime();
        int n = 5;
        for (int i = 0; i < n; i++) {
            hashing.hash(PASSWORD);
        }
        long millis = (System.nanoTime() - start) / 1_000_000 / n;
        System.out.println("PasswordHashingTest: one " + PasswordHashing.ALGORITHM + "/" + PasswordHashing.ITERATIONS
                + " hash took " + millis + " ms");
        assertTrue(millis <= 300 * 3, "one hash took " + millis + " ms (budget 300 ms, x3 for a loaded build machine)");
    }
}
