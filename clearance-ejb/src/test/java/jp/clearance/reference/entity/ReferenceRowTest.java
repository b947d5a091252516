package jp.clearance.reference.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRowTest {
    private static final LocalDate IN_FORCE = LocalDate.of(2025, 5, 16);

    private static LegalParameter validity() {
        LegalParameter p = new LegalParameter("EVALUATION_VALIDITY", Act.CESI_2024);
        p.setNameJa("適性評価の結果の有効期間");
        p.setNameEn("Validity of a favourable eligibility evaluation");
        p.setArticle("Art 12(1)(i)(イ)");
        p.setSource("S2, S35");
        p.setConfirmed(true);
        p.setEffectiveFrom(IN_FORCE);
        p.setValueNum(10);
        p.setUnit(ParameterUnit.YEARS);
        return p;
    }

    @Test
    void draftOfNextVersionCopiesIdentityAndValuesButNotPeriodOrVersion() {
        LegalParameter p = validity();
        p.setVersion(3);
        p.setEffectiveTo(LocalDate.of(2030, 1, 1));
        LegalParameter draft = (LegalParameter) p.draftNextVersion(LocalDate.of(2027, 4, 1));
        assertNotSame(p, draft);
        assertTrue(draft.sameIdentityAs(p));
        assertEquals(p.editableValues(), draft.editableValues());
        assertEquals(LocalDate.of(2027, 4, 1), draft.getEffectiveFrom());
        assertNull(draft.getEffectiveTo());
        assertEquals(0, draft.getVersion());
        assertNull(draft.getId());
    }

    @Test
    void draftOfACategoryKeepsItsKind() {
        InformationCategory item = new InformationCategory("CESI_C1_I01", Act.CESI_2024, CategoryKind.ITEM);
        item.setParentCode("CESI_C1");
        item.setSortOrder(1);
        item.setEffectiveFrom(IN_FORCE);
        InformationCategory draft = (InformationCategory) item.draftNextVersion(IN_FORCE.plusYears(1));
        assertEquals(CategoryKind.ITEM, draft.getKind());
        assertEquals("CESI_C1", draft.getParentCode());
        assertTrue(draft.sameIdentityAs(item));
        assertFalse(new InformationCategory("CESI_C1_I01", Act.CESI_2024, CategoryKind.CATEGORY).sameIdentityAs(item));
    }

    @Test
    void editableValuesListTheFieldsTheAuditTrailCompares() {
        assertEquals(List.of("nameJa", "nameEn", "article", "source", "confirmed", "note", "valueNum", "unit"),
                List.copyOf(validity().editableValues().keySet()));
    }

    @Test
    void copyEditableLeavesCodeActAndPeriodAlone() {
        LegalParameter current = validity();
        LegalParameter edited = validity();
        edited.setValueNum(12);
        edited.setEffectiveFrom(LocalDate.of(2000, 1, 1));
        edited.setNote("revised");
        current.copyEditableFrom(edited);
        assertEquals(12, current.getValueNum());
        assertEquals("revised", current.getNote());
        assertEquals(IN_FORCE, current.getEffectiveFrom());
    }

    @Test
    void copyBetweenTypesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> validity().copyEditableFrom(new SurveyItem("S", Act.CESI_2024)));
    }

    @Test
    void inForceOnIncludesBothEnds() {
        LegalParameter p = validity();
        p.setEffectiveTo(LocalDate.of(2026, 3, 31));
        assertFalse(p.inForceOn(IN_FORCE.minusDays(1)));
        assertTrue(p.inForceOn(IN_FORCE));
        assertTrue(p.inForceOn(LocalDate.of(2026, 3, 31)));
        assertFalse(p.inForceOn(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void parameterAddsItsPeriod() {
        LocalDate notified = LocalDate.of(2025, 8, 1);
        assertEquals(LocalDate.of(2035, 8, 1), validity().addTo(notified));
        LegalParameter days = validity();
        days.setUnit(ParameterUnit.DAYS);
        days.setValueNum(30);
        assertEquals(LocalDate.of(2025, 8, 31), days.addTo(notified));
        LegalParameter count = validity();
        count.setUnit(ParameterUnit.COUNT);
        assertThrows(IllegalStateException.class, count::period);
    }

    @Test
    void blankOptionalTextIsStoredAsNull() {
        LegalParameter p = validity();
        p.setArticle("  ");
        p.setNote("");
        assertNull(p.getArticle());
        assertNull(p.getNote());
    }

    @Test
    void penaltyFlagsNeedBothPrisonAndFine() {
        Penalty p = new Penalty("X", Act.CESI_2024);
        p.setOffence(Offence.CONSPIRACY);
        p.setMaxPrisonMonths(60);
        assertTrue(p.hasValidCombination(), "prison only");
        p.setFineCumulative(true);
        assertFalse(p.hasValidCombination(), "or both, without a fine");
        p.setMaxFineYen(5_000_000L);
        assertTrue(p.hasValidCombination());
        p.setMaxPrisonMonths(null);
        p.setFineCumulative(false);
        p.setFineAlternative(true);
        assertFalse(p.hasValidCombination(), "or a fine, without prison");
    }
}
