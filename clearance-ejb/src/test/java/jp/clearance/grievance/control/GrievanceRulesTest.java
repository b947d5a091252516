package jp.clearance.grievance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.grievance.entity.Outcome;
import jp.clearance.grievance.entity.Remedy;
import jp.clearance.platform.BusinessException;
import org.junit.jupiter.api.Test;

class GrievanceRulesTest {

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getKey();
    }

    @Test
    void unfairTreatmentNeedsAGroundAndEvaluationComplaintsHaveNone() {
        assertEquals(Ground.NONE, GrievanceRules.ground(GrievanceType.EVALUATION_RESULT, Ground.REFUSED_CONSENT));
        assertEquals(Ground.HAVING_COMPLAINED, GrievanceRules.ground(GrievanceType.PAY_CUT, Ground.HAVING_COMPLAINED));
        assertEquals("grievance.groundRequired", key(() -> GrievanceRules.ground(GrievanceType.DISMISSAL, null)));
        assertEquals("grievance.groundRequired", key(() -> GrievanceRules.ground(GrievanceType.DISMISSAL, Ground.NONE)));
    }

    @Test
    void whatHappenedCannotBeInTheFuture() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        GrievanceRules.occurredOn(today, today);
        GrievanceRules.occurredOn(null, today);
        assertEquals("grievance.occurredInFuture", key(() -> GrievanceRules.occurredOn(today.plusDays(1), today)));
    }

    @Test
    void aDecisionGivesReasonsAndRemediesExactlyWhenSubstantiated() {
        GrievanceRules.decision(Outcome.SUBSTANTIATED, "理由", Set.of(Remedy.REINSTATEMENT));
        GrievanceRules.decision(Outcome.NOT_SUBSTANTIATED, "理由", Set.of());
        assertEquals("grievance.outcomeRequired", key(() -> GrievanceRules.decision(null, "r", Set.of())));
        assertEquals("grievance.reasonsRequired", key(() -> GrievanceRules.decision(Outcome.SUBSTANTIATED, " ",
                Set.of(Remedy.REFERRAL))));
        assertEquals("grievance.remedyRequired", key(() -> GrievanceRules.decision(Outcome.PARTLY_SUBSTANTIATED, "r",
                Set.of())));
        assertEquals("grievance.remedyNotAllowed", key(() -> GrievanceRules.decision(Outcome.NOT_SUBSTANTIATED, "r",
                Set.of(Remedy.REFERRAL))));
    }

    @Test
    void textsAreRequiredAndBounded() {
        assertEquals("abc", GrievanceRules.text("  abc ", 10));
        assertEquals("grievance.textRequired", key(() -> GrievanceRules.text(" ", 10)));
        assertEquals("grievance.textTooLong", key(() -> GrievanceRules.text("x".repeat(11), 10)));
    }
}
