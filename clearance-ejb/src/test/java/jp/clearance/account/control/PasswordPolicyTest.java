package jp.clearance.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.clearance.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.standard();

    private String refusal(String password) {
        return assertThrows(BusinessException.class, () -> policy.check(password), password).getKey();
    }

    @Test
    void theListShippedWithTheApplicationIsRead() {
        assertTrue(policy.listSize() > 3000, "entries: " + policy.listSize());
    }

    @Test
    void atLeastTwelveCharactersOfAnyKind() {
        assertEquals("account.passwordTooShort", refusal(null));
        assertEquals("account.passwordTooShort", refusal(""));
        assertEquals("account.passwordTooShort", refusal("Zq7!mK2#vLx"));
        assertDoesNotThrow(() -> policy.check("Zq7!mK2#vLx9"));
        assertDoesNotThrow(() -> policy.check("すずしい夏の夜の川のほとり"), "any script; counted in characters");
        assertEquals("account.passwordTooShort", refusal("😀😀😀😀😀😀😀😀😀😀😀"), "eleven characters in 22 chars");
        assertEquals("account.passwordTooLong", refusal("Lantern-Quiet-77".repeat(8) + "x"));
        assertDoesNotThrow(() -> policy.check("clearance-demo"), "the demo password");
    }

    @Test
    void commonPasswordsAreRefusedInAnyCaseAndWithDigitsOrSymbolsAround() {
        assertEquals("account.passwordCommon", refusal("password1234"));
        assertEquals("account.passwordCommon", refusal("PASSWORD1234"));
        assertEquals("account.passwordCommon", refusal("!!Password2026!!"));
        assertEquals("account.passwordCommon", refusal("qwertyuiop123"));
        assertEquals("account.passwordCommon", refusal("2026sunshine!"));
        assertDoesNotThrow(() -> policy.check("sunshine-on-the-river"), "a common word inside a passphrase is fine");
    }

    @Test
    void repetitionsAndRunsAreRefused() {
        assertEquals("account.passwordRepetitive", refusal("aaaaaaaaaaaa"));
        assertEquals("account.passwordRepetitive", refusal("AAAAAAAAAAAA"));
        assertEquals("account.passwordRepetitive", refusal("abababababab"));
        assertEquals("account.passwordRepetitive", refusal("aaabbbaaabbb"));
        assertEquals("account.passwordRepetitive", refusal("xyz1xyz1xyz1"));
        assertEquals("account.passwordRepetitive", refusal("passwordpassword"));
        assertEquals("account.passwordRepetitive", refusal("abcdefghijklm"));
        assertEquals("account.passwordRepetitive", refusal("zyxwvutsrqpo"));
        assertEquals("account.passwordRepetitive", refusal("123456789012"));
        assertEquals("account.passwordRepetitive", refusal("987654321098"));
        assertDoesNotThrow(() -> policy.check("abcdefghijkX"), "not a run to the end");
    }

    @Test
    void theCoreIsWhatIsLeftBetweenDigitsAndSymbols() {
        assertEquals("password", PasswordPolicy.core("12password!!"));
        assertEquals("pass word", PasswordPolicy.core("1pass word2"));
        assertEquals("", PasswordPolicy.core("123456"));
    }
}
