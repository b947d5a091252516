package jp.clearance.vetting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.clearance.platform.BusinessException;
import jp.clearance.vetting.entity.EligibilityStatus;
import org.junit.jupiter.api.Test;

class EligibilityLifecycleTest {
    @Test
    void suspendReinstateRevokeExpire() {
        assertTrue(EligibilityLifecycle.allowed(EligibilityStatus.VALID, EligibilityStatus.SUSPENDED));
        assertTrue(EligibilityLifecycle.allowed(EligibilityStatus.SUSPENDED, EligibilityStatus.VALID));
        assertTrue(EligibilityLifecycle.allowed(EligibilityStatus.SUSPENDED, EligibilityStatus.REVOKED));
        assertTrue(EligibilityLifecycle.allowed(EligibilityStatus.VALID, EligibilityStatus.EXPIRED));
        assertFalse(EligibilityLifecycle.allowed(EligibilityStatus.VALID, EligibilityStatus.VALID));
        assertFalse(EligibilityLifecycle.allowed(EligibilityStatus.REVOKED, EligibilityStatus.VALID));
        assertFalse(EligibilityLifecycle.allowed(EligibilityStatus.EXPIRED, EligibilityStatus.SUSPENDED));
        assertEquals("eligibility.transitionNotAllowed", assertThrows(BusinessException.class,
                () -> EligibilityLifecycle.require(EligibilityStatus.REVOKED, EligibilityStatus.VALID)).getKey());
    }
}
