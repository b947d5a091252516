package jp.clearance.grievance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RetaliationCheckTest {

    @Test
    void aDismissalAlwaysAlerts() {
        assertEquals(RetaliationCheck.DISMISSAL, RetaliationCheck.alertReason(true, "5級", "6級", 400_000L, 500_000L));
    }

    @Test
    void aLowerGradeOrLowerPayAlerts() {
        assertEquals(RetaliationCheck.DEMOTION, RetaliationCheck.alertReason(false, "5級", "4級", 400_000L, 400_000L));
        assertEquals(RetaliationCheck.DEMOTION, RetaliationCheck.alertReason(false, "５級", "Grade 3", null, null));
        assertEquals(RetaliationCheck.PAY_CUT, RetaliationCheck.alertReason(false, "5級", "5級", 400_000L, 380_000L));
        assertEquals(RetaliationCheck.PAY_CUT, RetaliationCheck.alertReason(false, "主任", "一般", 400_000L, 399_999L));
    }

    @Test
    void theSameOrBetterDoesNotAlertNorDoesWhatCannotBeCompared() {
        assertNull(RetaliationCheck.alertReason(false, "5級", "5級", 400_000L, 400_000L));
        assertNull(RetaliationCheck.alertReason(false, "5級", "6級", 400_000L, 420_000L));
        assertNull(RetaliationCheck.alertReason(false, "主任", "一般", null, 300_000L));
        assertNull(RetaliationCheck.alertReason(false, null, null, null, null));
        assertNull(RetaliationCheck.gradeRank("主任"));
        assertEquals(7, RetaliationCheck.gradeRank("G-7"));
    }
}
