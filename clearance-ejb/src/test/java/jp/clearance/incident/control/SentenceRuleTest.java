package jp.clearance.incident.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.clearance.platform.BusinessException;
import jp.clearance.platform.Provision;
import org.junit.jupiter.api.Test;

/** The statutory-maximum rule, with the penalty rows of both Acts as V2 seeds them. */
class SentenceRuleTest {
    static final SentenceRule.SuspensionLimits LIMITS = new SentenceRule.SuspensionLimits(36, 60);
    // 2024 Act: intentional leak by a handler, 5 years and/or ¥5M, company ¥5M.
    static final Maxima CESI_HANDLER = new Maxima("INTENTIONAL_LEAK_HANDLER", "CESI_2024", "Art 23(1)", 60, 5_000_000L,
            true, true, 5_000_000L, true);
    // 2024 Act: negligent leak by a handler, 1 year or ¥300k (not both).
    static final Maxima CESI_NEGLIGENT = new Maxima("NEGLIGENT_LEAK_HANDLER", "CESI_2024", "Ch.8 (Arts 23-28)", 12,
            300_000L, false, true, 300_000L, false);
    // SDS Act: leak by a handler, 10 years, or 10 years + ¥10M; no fine alone; no dual liability.
    static final Maxima SDS_HANDLER = new Maxima("SDS_INTENTIONAL_LEAK_HANDLER", "SDS_2013", "Art 23(1)", 120,
            10_000_000L, true, false, null, true);
    // SDS Act: conspiracy, 5 years, prison only.
    static final Maxima SDS_CONSPIRACY = new Maxima("SDS_CONSPIRACY", "SDS_2013", "Art 25", 60, null, false, false,
            null, true);

    private static BusinessException refused(Maxima m, Sentence s, boolean corporate) {
        return assertThrows(BusinessException.class, () -> SentenceRule.check(m, s, corporate, LIMITS));
    }

    private static Sentence prison(int months) {
        return new Sentence(months, false, null, null);
    }

    @Test
    void cesiHandlerLeakUpToFiveYearsAndFiveMillionBothAllowed() {
        assertDoesNotThrow(() -> SentenceRule.check(CESI_HANDLER, new Sentence(60, false, null, 5_000_000L), false, LIMITS));
        assertDoesNotThrow(() -> SentenceRule.check(CESI_HANDLER, new Sentence(null, false, null, 1_000_000L), false, LIMITS));
        BusinessException e = refused(CESI_HANDLER, prison(61), false);
        assertEquals("charge.prisonAboveMaximum", e.getKey());
        assertArrayEquals(new Object[] {new Provision("CESI_2024", "Art 23(1)"), 60, 61}, e.getArgs(),
                "names the Act and article, the maximum and the sentence");
        assertEquals("charge.fineAboveMaximum", refused(CESI_HANDLER, new Sentence(null, false, null, 5_000_001L), false).getKey());
    }

    /** Issue 15, item 10: prison and fine both above their maxima: both breaches are told, not only the first. */
    @Test
    void prisonAndFineBothAboveTheirMaximaAreBothRefused() {
        BusinessException e = refused(CESI_HANDLER, new Sentence(61, false, null, 5_000_001L), false);
        assertEquals(List.of("charge.prisonAboveMaximum", "charge.fineAboveMaximum"),
                e.all().stream().map(BusinessException::getKey).toList());
        assertArrayEquals(new Object[] {new Provision("CESI_2024", "Art 23(1)"), 5_000_000L, 5_000_001L},
                e.all().get(1).getArgs());
        assertEquals(1, refused(CESI_HANDLER, prison(61), false).all().size(), "one breach, one refusal");
    }

    @Test
    void cesiNegligentLeakPrisonOrFineNotBoth() {
        assertDoesNotThrow(() -> SentenceRule.check(CESI_NEGLIGENT, prison(12), false, LIMITS));
        assertEquals("charge.bothNotAllowed", refused(CESI_NEGLIGENT, new Sentence(6, false, null, 100_000L), false).getKey());
        assertEquals("charge.prisonAboveMaximum", refused(CESI_NEGLIGENT, prison(13), false).getKey());
    }

    @Test
    void sdsHandlerLeakTenYearsFineOnlyWithPrison() {
        assertDoesNotThrow(() -> SentenceRule.check(SDS_HANDLER, prison(120), false, LIMITS));
        assertDoesNotThrow(() -> SentenceRule.check(SDS_HANDLER, new Sentence(120, false, null, 10_000_000L), false, LIMITS));
        assertEquals("charge.prisonAboveMaximum", refused(SDS_HANDLER, prison(121), false).getKey());
        assertEquals("charge.fineAloneNotAllowed", refused(SDS_HANDLER, new Sentence(null, false, null, 1_000L), false).getKey());
    }

    @Test
    void sdsConspiracyHasNoFine() {
        assertDoesNotThrow(() -> SentenceRule.check(SDS_CONSPIRACY, prison(60), false, LIMITS));
        BusinessException e = refused(SDS_CONSPIRACY, new Sentence(12, false, null, 1_000L), false);
        assertEquals("charge.fineNotAvailable", e.getKey());
        assertArrayEquals(new Object[] {new Provision("SDS_2013", "Art 25")}, e.getArgs());
    }

    @Test
    void companiesPayTheDualLiabilityFineOnly() {
        assertDoesNotThrow(() -> SentenceRule.check(CESI_HANDLER, new Sentence(null, false, null, 5_000_000L), true, LIMITS));
        assertEquals("charge.corporateFineAboveMaximum",
                refused(CESI_HANDLER, new Sentence(null, false, null, 5_000_001L), true).getKey());
        assertEquals("charge.prisonForCompany", refused(CESI_HANDLER, prison(1), true).getKey());
        assertEquals("charge.noDualLiability", refused(SDS_HANDLER, new Sentence(null, false, null, 1L), true).getKey());
    }

    @Test
    void suspensionFollowsThePenalCodeLimits() {
        assertDoesNotThrow(() -> SentenceRule.check(CESI_HANDLER, new Sentence(36, true, 60, null), false, LIMITS));
        assertEquals("charge.suspensionPrisonTooLong", refused(CESI_HANDLER, new Sentence(37, true, 60, null), false).getKey());
        assertEquals("charge.suspensionPeriod", refused(CESI_HANDLER, new Sentence(24, true, 61, null), false).getKey());
        assertEquals("charge.suspensionPeriod", refused(CESI_HANDLER, new Sentence(24, true, null, null), false).getKey());
        assertEquals("charge.suspensionWithoutPrison", refused(CESI_HANDLER, new Sentence(null, true, 12, 1_000L), false).getKey());
    }

    @Test
    void aConvictionImposesSomething() {
        assertEquals("charge.sentenceEmpty", refused(CESI_HANDLER, new Sentence(null, false, null, null), false).getKey());
    }
}
