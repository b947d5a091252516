package jp.clearance.vetting.entity;

import static jp.clearance.vetting.entity.EvaluationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import jp.clearance.vetting.entity.EvaluationState.Holder;
import org.junit.jupiter.api.Test;

class EvaluationStateTest {

    @Test
    void theHappyPathIsAllowedStepByStep() {
        EvaluationState[] path = {NOMINATED, QUESTIONNAIRE, SUBMITTED, INVESTIGATING, RETURNED, INVESTIGATING, REPORTED,
                FAVOURABLE};
        for (int i = 1; i < path.length; i++) {
            assertTrue(path[i - 1].canMoveTo(path[i]), path[i - 1] + " -> " + path[i]);
        }
    }

    @Test
    void exactlyTheseTransitionsExist() {
        assertEquals(EnumSet.of(QUESTIONNAIRE, REFUSED, CANCELLED), NOMINATED.next());
        assertEquals(EnumSet.of(SUBMITTED, REPORTED, WITHDRAWN), QUESTIONNAIRE.next());
        assertEquals(EnumSet.of(INVESTIGATING, WITHDRAWN), SUBMITTED.next());
        assertEquals(EnumSet.of(RETURNED, REPORTED, WITHDRAWN), INVESTIGATING.next());
        assertEquals(EnumSet.of(INVESTIGATING, WITHDRAWN), RETURNED.next());
        assertEquals(EnumSet.of(FAVOURABLE, UNFAVOURABLE, WITHDRAWN), REPORTED.next());
        for (EvaluationState s : Set.of(REFUSED, WITHDRAWN, CANCELLED, FAVOURABLE, UNFAVOURABLE)) {
            assertTrue(s.isFinal(), s + " is final");
            assertTrue(s.next().isEmpty());
        }
    }

    @Test
    void refusedStepsAreRefused() {
        assertFalse(NOMINATED.canMoveTo(SUBMITTED), "no questionnaire without consent");
        assertFalse(NOMINATED.canMoveTo(WITHDRAWN), "before consent it is a refusal, not a withdrawal");
        assertFalse(SUBMITTED.canMoveTo(REPORTED), "no report without an investigation");
        assertFalse(INVESTIGATING.canMoveTo(FAVOURABLE), "no decision without a report");
        assertFalse(FAVOURABLE.canMoveTo(WITHDRAWN), "no withdrawal after the decision");
        assertFalse(REFUSED.canMoveTo(QUESTIONNAIRE), "a refusal is final");
    }

    @Test
    void withdrawalIsPossibleFromConsentUntilTheDecision() {
        Set<EvaluationState> withdrawable = EnumSet.noneOf(EvaluationState.class);
        for (EvaluationState s : values()) {
            if (s.isWithdrawable()) {
                withdrawable.add(s);
            }
        }
        assertEquals(EnumSet.of(QUESTIONNAIRE, SUBMITTED, INVESTIGATING, RETURNED, REPORTED), withdrawable);
    }

    @Test
    void openStatesAreTheNonFinalOnes() {
        assertEquals(EnumSet.of(NOMINATED, QUESTIONNAIRE, SUBMITTED, INVESTIGATING, RETURNED, REPORTED),
                EvaluationState.open());
    }

    @Test
    void theEntityRefusesAForbiddenMove() {
        Evaluation e = new Evaluation(new jp.clearance.person.entity.Person(), "CONFIDENTIAL", null, null, "x",
                java.time.LocalDateTime.now());
        assertThrows(IllegalStateException.class, () -> e.moveTo(FAVOURABLE, java.time.LocalDateTime.now()));
        e.moveTo(QUESTIONNAIRE, java.time.LocalDateTime.now());
        assertEquals(QUESTIONNAIRE, e.getState());
    }

    /** Issue 15, item 13: where each state stands on the course, and whose move it is. */
    @Test
    void everyStateHasItsStepOnTheCourseAndItsHolder() {
        assertEquals(0, NOMINATED.courseStep());
        assertEquals(COURSE.indexOf(INVESTIGATING), RETURNED.courseStep(), "a return is still the investigation");
        assertEquals(COURSE.size() - 1, UNFAVOURABLE.courseStep(), "either decision is the last step");
        for (EvaluationState ended : EnumSet.of(REFUSED, CANCELLED, WITHDRAWN)) {
            assertEquals(-1, ended.courseStep(), ended + " ended without a decision");
            assertEquals(Holder.NONE, ended.holder());
        }
        assertEquals(Holder.PERSON, RETURNED.holder());
        assertEquals(Holder.INVESTIGATION_DESK, SUBMITTED.holder());
        assertEquals(Holder.INVESTIGATOR, INVESTIGATING.holder());
        assertEquals(Holder.ADJUDICATOR, REPORTED.holder());
        for (EvaluationState s : values()) {
            assertEquals(s.isFinal(), s.holder() == Holder.NONE, s + ": nobody holds exactly the ended cases");
        }
    }
}
