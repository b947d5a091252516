package jp.clearance.designation.control;

import static jp.clearance.designation.control.HandlerCondition.DESIGNATION_NOT_IN_FORCE;
import static jp.clearance.designation.control.HandlerCondition.ELIGIBILITY_LEVEL_TOO_LOW;
import static jp.clearance.designation.control.HandlerCondition.ENTITY_NOT_CERTIFIED;
import static jp.clearance.designation.control.HandlerCondition.NO_NEED_TO_KNOW_SECTION;
import static jp.clearance.designation.control.HandlerCondition.NO_VALID_ELIGIBILITY;
import static jp.clearance.designation.control.HandlerCondition.NO_VALID_TRAINING;
import static jp.clearance.designation.control.HandlerCondition.ORGANIZATION_NOT_HOLDING;
import static jp.clearance.designation.control.HandlerCondition.PERSON_INACTIVE;
import static jp.clearance.designation.control.HandlerCondition.SECTION_NOT_IN_CONTRACT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.clearance.designation.control.HandlerFacts.Holder;
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
}
