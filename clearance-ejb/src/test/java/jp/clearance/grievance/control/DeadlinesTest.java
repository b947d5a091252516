package jp.clearance.grievance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.clearance.grievance.entity.GrievanceStatus;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private static final LocalDate ACK = LocalDate.of(2026, 4, 8);
    private static final LocalDate DECISION = LocalDate.of(2026, 7, 1);

    @Test
    void aLodgedComplaintRunsTheAcknowledgementClock() {
        Deadlines.Clock c = Deadlines.clock(GrievanceStatus.LODGED, ACK, DECISION, LocalDate.of(2026, 4, 6));
        assertEquals(Deadlines.Target.ACKNOWLEDGEMENT, c.target());
        assertEquals(2, c.daysLeft());
        assertFalse(c.overdue());
        Deadlines.Clock late = Deadlines.clock(GrievanceStatus.LODGED, ACK, DECISION, LocalDate.of(2026, 4, 9));
        assertEquals(-1, late.daysLeft());
        assertTrue(late.overdue());
        assertFalse(Deadlines.clock(GrievanceStatus.LODGED, ACK, DECISION, ACK).overdue(), "due today is not late");
    }

    @Test
    void anAcknowledgedOrInvestigatedComplaintRunsTheDecisionClockAndADecidedOneNone() {
        for (GrievanceStatus s : new GrievanceStatus[] {GrievanceStatus.ACKNOWLEDGED, GrievanceStatus.INVESTIGATING}) {
            Deadlines.Clock c = Deadlines.clock(s, ACK, DECISION, LocalDate.of(2026, 7, 3));
            assertEquals(Deadlines.Target.DECISION, c.target());
            assertEquals(DECISION, c.due());
            assertTrue(c.overdue());
        }
        assertNull(Deadlines.clock(GrievanceStatus.DECIDED, ACK, DECISION, LocalDate.of(2027, 1, 1)));
        assertNull(Deadlines.clock(GrievanceStatus.WITHDRAWN, ACK, DECISION, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void remindersStartTheLeadDaysBeforeTheTarget() {
        assertFalse(Deadlines.reminderDue(ACK, ACK.minusDays(3), 2));
        assertTrue(Deadlines.reminderDue(ACK, ACK.minusDays(2), 2));
        assertTrue(Deadlines.reminderDue(ACK, ACK.plusDays(5), 2), "late, still reminded");
        assertEquals(7L, Deadlines.daysBetween(LocalDate.of(2026, 4, 1), ACK));
        assertNull(Deadlines.daysBetween(LocalDate.of(2026, 4, 1), null));
    }
}
