package jp.clearance.designation.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.ParameterUnit;
import org.junit.jupiter.api.Test;

class DesignationPeriodsTest {
    private static final LocalDate START = LocalDate.of(2025, 6, 1);

    private static LegalParameter years(String code, int years) {
        LegalParameter p = new LegalParameter(code, Act.CESI_2024);
        p.setValueNum(years);
        p.setUnit(ParameterUnit.YEARS);
        p.setNameJa(code + "（日本語）");
        p.setNameEn(code + " (English)");
        p.setArticle("Art 4");
        p.setSource("S13");
        return p;
    }

    private static final DesignationPeriods.Limits LIMITS = new DesignationPeriods.Limits(
            years("DESIGNATION_MAX_PERIOD", 5), years("DESIGNATION_TOTAL_LIMIT", 30), years("DESIGNATION_ABSOLUTE_CAP", 60));

    @Test
    void firstPeriodUpToTheMaximumIsAccepted() {
        assertDoesNotThrow(() -> DesignationPeriods.checkInitial(START, START.plusYears(5), LIMITS));
        assertDoesNotThrow(() -> DesignationPeriods.checkInitial(START, START.plusDays(1), LIMITS));
    }

    @Test
    void firstPeriodBeyondTheMaximumIsRefusedNamingTheRuleAndItsSource() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkInitial(START, START.plusYears(5).plusDays(1), LIMITS));
        assertEquals("designation.periodTooLong", e.getKey());
        assertArrayEquals(new Object[] {"5年", "5 years", "DESIGNATION_MAX_PERIOD（日本語）", "DESIGNATION_MAX_PERIOD (English)",
                "Art 4", "S13", "DESIGNATION_MAX_PERIOD"}, e.getArgs());
    }

    @Test
    void periodMustEndAfterItStarts() {
        assertEquals("designation.periodNotAfterStart", assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkInitial(START, START, LIMITS)).getKey());
    }

    @Test
    void extensionsEachWithinTheMaximumUpToThirtyYears() {
        assertDoesNotThrow(() -> DesignationPeriods.checkExtension(START, START.plusYears(5), START.plusYears(10), null, LIMITS));
        assertDoesNotThrow(() -> DesignationPeriods.checkExtension(START, START.plusYears(25), START.plusYears(30), null, LIMITS));
        assertEquals("designation.extensionTooLong", assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkExtension(START, START.plusYears(5), START.plusYears(10).plusDays(1), null,
                        LIMITS)).getKey());
        assertEquals("designation.extensionNotLater", assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkExtension(START, START.plusYears(5), START.plusYears(5), null, LIMITS)).getKey());
    }

    @Test
    void beyondThirtyYearsOnlyWithACabinetApprovalAndNeverBeyondTheCap() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkExtension(START, START.plusYears(30), START.plusYears(31), null, LIMITS));
        assertEquals("designation.totalNeedsCabinetApproval", e.getKey());
        assertEquals("DESIGNATION_TOTAL_LIMIT", e.getArgs()[6]);
        assertEquals("designation.totalNeedsCabinetApproval", assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkExtension(START, START.plusYears(30), START.plusYears(31), "  ", LIMITS)).getKey());
        assertDoesNotThrow(() -> DesignationPeriods.checkExtension(START, START.plusYears(30), START.plusYears(35),
                "閣議決定 2055-05-01", LIMITS));
        assertEquals("designation.totalPastCap", assertThrows(BusinessException.class,
                () -> DesignationPeriods.checkExtension(START, START.plusYears(58), START.plusYears(60).plusDays(1),
                        "閣議決定", LIMITS)).getKey());
    }

    @Test
    void theActDecidesTheParameterCodes() {
        assertEquals("DESIGNATION_MAX_PERIOD", DesignationPeriods.code(Act.CESI_2024, "MAX_PERIOD"));
        assertEquals("SDS_DESIGNATION_ABSOLUTE_CAP", DesignationPeriods.code(Act.SDS_2013, "ABSOLUTE_CAP"));
    }

    @Test
    void expiryWarningWithinTheLeadTime() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        assertTrue(DesignationPeriods.expiresSoon(today.plusDays(90), today, 90));
        assertFalse(DesignationPeriods.expiresSoon(today.plusDays(91), today, 90));
    }
}
