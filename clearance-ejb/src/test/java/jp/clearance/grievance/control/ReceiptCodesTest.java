package jp.clearance.grievance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptCodesTest {

    @Test
    void codesAreTwentyRandomDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = ReceiptCodes.generate();
            assertTrue(code.matches("\\d{20}"), code);
            seen.add(code);
        }
        assertEquals(200, seen.size(), "no repeats");
        assertTrue(ReceiptCodes.LENGTH >= 16);
    }

    @Test
    void theHashIsSaltedSlowAndVerifiesOnlyTheSameCode() {
        String code = ReceiptCodes.generate();
        String a = ReceiptCodes.hash(code);
        String b = ReceiptCodes.hash(code);
        assertNotEquals(a, b, "salted");
        assertFalse(a.contains(code), "the code is not in the hash");
        assertTrue(a.startsWith("pbkdf2-sha256$" + ReceiptCodes.ITERATIONS + "$"));
        assertTrue(ReceiptCodes.matches(code, a));
        assertTrue(ReceiptCodes.matches(code, b));
        String other = (code.charAt(19) == '0' ? code.substring(0, 19) + "1" : code.substring(0, 19) + "0");
        assertFalse(ReceiptCodes.matches(other, a));
        assertFalse(ReceiptCodes.matches(code, "garbage"));
        assertFalse(ReceiptCodes.matches(code, null));
    }

    @Test
    void typedCodesAreNormalizedAndFormattedInGroupsOfFour() {
        String code = "12345678901234567890";
        assertEquals("1234 5678 9012 3456 7890", ReceiptCodes.format(code));
        assertEquals(code, ReceiptCodes.normalize(" 1234 5678-9012 3456 7890 "));
        assertNull(ReceiptCodes.normalize("1234"));
        assertNull(ReceiptCodes.normalize("1234567890123456789a"));
        assertNull(ReceiptCodes.normalize(null));
        assertEquals("123456", ReceiptCodes.locator(code));
    }
}
