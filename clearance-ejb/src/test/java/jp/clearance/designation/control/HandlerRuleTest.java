package jp.clearance.designation.control;

import static jp.clearance.designation.control.HandlerCondition.DESIGNATION_NOT_IN_FORCE;
import static jp.clearance.designation.control.HandlerCondition.ELIGIBILITY_LEVEL_TOO_LOW;
import static jp.clearance.designation.control.HandlerCondition.ENTITY_NOT_CERTIFIED;
import static jp.clearance.designation.control.HandlerCondition.LATER_ADVERSE_DECISION;
import static jp.clearance.designation.control.HandlerCondition.NO_NEED_TO_KNOW_SECTION;
import static jp.clearance.designation.control.HandlerCondition.NO_VALID_ELIGIBILITY;
import static jp.clearance.designation.control.HandlerCondition.NO_VALID_TRAINING;
import static jp.clearance.designation.control.HandlerCondition.ORGANIZATION_NOT_HOLDING;
import static jp.clearance.designation.control.HandlerCondition.PERSON_INACTIVE;
import static jp.clearance.designation.control.HandlerCondition.SECTION_NOT_IN_CONTRACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.clearance.designation.control.HandlerFacts.Holder;
import jp.clearance.reference.entity.Act;
import org.junit.jupiter.api.Test;

class HandlerRuleTest {
    private static final int CONFIDENTIAL = 1;
    private static final int TOP_SECRET = 2;

    private static HandlerFacts qualified() {
        return new HandlerFacts(true, true, CONFIDENTIAL, List.of(CONFIDENTIAL), Holder.DESIGNATING_ORGAN, true, false, true);
    }

    @Test
    void aClearedTrainedOfficerOfTheOrganInANeedToKnowSectionQualifies() {
        assertEquals(List.of(), HandlerRule.evaluate(qualified()));
    }

    @Test
    void topSecretClearanceCoversConfidentialButNotTheOtherWayRound() {
        assertEquals(List.of(), HandlerRule.evaluate(new HandlerFacts(true, true, CONFIDENTIAL, List.of(TOP_SECRET),
                Holder.DESIGNATING_ORGAN, true, false, true)));
        assertEquals(List.of(ELIGIBILITY_LEVEL_TOO_LOW), HandlerRule.evaluate(new HandlerFacts(true, true, TOP_SECRET,
                List.of(CONFIDENTIAL), Holder.DESIGNATING_ORGAN, true, false, true)));
    }

    @Test
    void everyFailedConditionIsReported() {
        assertEquals(List.of(DESIGNATION_NOT_IN_FORCE, PERSON_INACTIVE, NO_VALID_ELIGIBILITY, ORGANIZATION_NOT_HOLDING,
                        NO_NEED_TO_KNOW_SECTION, NO_VALID_TRAINING),
                HandlerRule.evaluate(new HandlerFacts(false, false, CONFIDENTIAL, List.of(), Holder.NONE, false, false, false)));
    }

    @Test
    void anEntityMustBeCertifiedAndTheSectionNamedInTheContract() {
        assertEquals(List.of(), HandlerRule.evaluate(new HandlerFacts(true, true, CONFIDENTIAL, List.of(CONFIDENTIAL),
                Holder.CERTIFIED_ENTITY, true, true, true)));
        assertEquals(List.of(SECTION_NOT_IN_CONTRACT), HandlerRule.evaluate(new HandlerFacts(true, true, CONFIDENTIAL,
                List.of(CONFIDENTIAL), Holder.CERTIFIED_ENTITY, true, false, true)));
        assertEquals(List.of(ENTITY_NOT_CERTIFIED), HandlerRule.evaluate(new HandlerFacts(true, true, CONFIDENTIAL,
                List.of(CONFIDENTIAL), Holder.UNCERTIFIED_ENTITY, true, false, true)));
    }

    @Test
    void anotherOrganThatReceivedTheInformationHoldsIt() {
        assertEquals(List.of(), HandlerRule.evaluate(new HandlerFacts(true, true, CONFIDENTIAL, List.of(CONFIDENTIAL),
                Holder.RECIPIENT_ORGAN, true, false, true)));
    }

    private static HandlerFacts withRecords(int required, List<Integer> valid, List<Integer> overridden) {
        return new HandlerFacts(true, true, required, valid, Holder.DESIGNATING_ORGAN, true, false, true, overridden);
    }

    @Test
    void aRecordOverriddenByALaterAdverseActOfTheOrganIsNoClearanceAndSaysWhy() {
        assertEquals(List.of(LATER_ADVERSE_DECISION), HandlerRule.evaluate(withRecords(CONFIDENTIAL, List.of(),
                List.of(TOP_SECRET))));
        assertEquals(List.of(LATER_ADVERSE_DECISION), HandlerRule.evaluate(withRecords(TOP_SECRET, List.of(CONFIDENTIAL),
                List.of(TOP_SECRET))), "the overridden record is the one that would have covered the level");
        assertEquals(List.of(NO_VALID_ELIGIBILITY), HandlerRule.evaluate(withRecords(TOP_SECRET, List.of(),
                List.of(CONFIDENTIAL))), "an overridden record too low for the level changes nothing");
        assertEquals(List.of(), HandlerRule.evaluate(withRecords(CONFIDENTIAL, List.of(CONFIDENTIAL), List.of(TOP_SECRET))),
                "a record not overridden (e.g. the re-evaluation that resolved the conflict) qualifies");
    }

    @Test
    void whichRecordsCountTheGoverningOrgansAndA2013ActClearanceFor2024ActInformation() {
        assertTrue(HandlerRule.counts(true, Act.CESI_2024, Act.CESI_2024));
        assertTrue(HandlerRule.counts(true, Act.SDS_2013, Act.SDS_2013));
        assertTrue(HandlerRule.counts(false, Act.SDS_2013, Act.CESI_2024), "Art 11(2): any organ's SDS clearance");
        assertFalse(HandlerRule.counts(false, Act.CESI_2024, Act.CESI_2024), "another organ's 2024-Act result");
        assertFalse(HandlerRule.counts(false, Act.SDS_2013, Act.SDS_2013), "another organ's 2013-Act result");
        assertFalse(HandlerRule.counts(false, Act.CESI_2024, Act.SDS_2013));
    }

    @Test
    void anActOverridesARecordNotifiedBeforeItButNotTheEvaluationThatResolvedIt() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        LocalDateTime noon = day.atTime(12, 0);
        assertTrue(HandlerRule.overrides(day, noon, day.minusYears(1), true, null));
        assertFalse(HandlerRule.overrides(day, noon, day.plusDays(1), false, day.plusDays(1).atTime(9, 0)));
        assertTrue(HandlerRule.overrides(day, noon, day, true, day.atTime(18, 0)), "an external record notified that day");
        assertTrue(HandlerRule.overrides(day, noon, day, false, day.atTime(9, 0)), "an evaluation decided before the act");
        assertFalse(HandlerRule.overrides(day, noon, day, false, day.atTime(13, 0)), "the re-evaluation after the act");
    }
}
