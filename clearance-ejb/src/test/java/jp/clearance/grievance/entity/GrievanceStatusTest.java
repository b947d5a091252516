package jp.clearance.grievance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrievanceStatusTest {

    @Test
    void theAllowedTransitions() {
        assertEquals(EnumSet.of(GrievanceStatus.ACKNOWLEDGED, GrievanceStatus.WITHDRAWN), GrievanceStatus.LODGED.next());
        assertEquals(EnumSet.of(GrievanceStatus.INVESTIGATING, GrievanceStatus.DECIDED, GrievanceStatus.WITHDRAWN),
                GrievanceStatus.ACKNOWLEDGED.next());
        assertEquals(EnumSet.of(GrievanceStatus.DECIDED, GrievanceStatus.WITHDRAWN), GrievanceStatus.INVESTIGATING.next());
        assertTrue(GrievanceStatus.DECIDED.next().isEmpty());
        assertTrue(GrievanceStatus.WITHDRAWN.next().isEmpty());
        assertFalse(GrievanceStatus.LODGED.canBecome(GrievanceStatus.DECIDED), "acknowledge first");
        assertEquals(Set.of(GrievanceStatus.LODGED, GrievanceStatus.ACKNOWLEDGED, GrievanceStatus.INVESTIGATING),
                GrievanceStatus.open());
    }

    @Test
    void theEntityRefusesAnUncheckedTransitionAndStampsTheTimes() {
        Grievance g = new Grievance(Channel.NAMED, GrievanceType.PAY_CUT, Ground.REFUSED_CONSENT, " x ");
        assertEquals("x", g.getDescription());
        LocalDateTime t = LocalDateTime.of(2026, 4, 1, 10, 0);
        assertThrows(IllegalStateException.class, () -> g.moveTo(GrievanceStatus.DECIDED, t));
        g.moveTo(GrievanceStatus.ACKNOWLEDGED, t);
        assertEquals(t, g.getAcknowledgedAt());
        g.moveTo(GrievanceStatus.DECIDED, t.plusDays(3));
        assertEquals(t.plusDays(3), g.getDecidedAt());
        assertThrows(IllegalStateException.class, () -> g.moveTo(GrievanceStatus.WITHDRAWN, t));
    }
}
