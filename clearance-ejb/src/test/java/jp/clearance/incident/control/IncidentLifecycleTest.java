package jp.clearance.incident.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.clearance.incident.entity.ChargeStatus;
import jp.clearance.incident.entity.IncidentOutcome;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The incident and charge state machines and the conditions on an incident's transitions. */
class IncidentLifecycleTest {

    private static String refusal(IncidentStatus from, IncidentStatus to, List<ChargeStatus> charges, String reason) {
        return assertThrows(BusinessException.class, () -> IncidentLifecycle.require(from, to, charges, reason)).getKey();
    }

    @Test
    void theAllowedIncidentMoves() {
        assertTrue(IncidentStatus.REPORTED.canMoveTo(IncidentStatus.UNDER_INVESTIGATION));
        assertTrue(IncidentStatus.UNDER_INVESTIGATION.canMoveTo(IncidentStatus.REFERRED));
        assertTrue(IncidentStatus.REFERRED.canMoveTo(IncidentStatus.INDICTED));
        assertTrue(IncidentStatus.REFERRED.canMoveTo(IncidentStatus.NOT_INDICTED));
        assertTrue(IncidentStatus.INDICTED.canMoveTo(IncidentStatus.JUDGED));
        assertTrue(IncidentStatus.JUDGED.canMoveTo(IncidentStatus.FINAL));
        assertTrue(IncidentStatus.FINAL.canMoveTo(IncidentStatus.CLOSED));
        assertTrue(IncidentStatus.NOT_INDICTED.canMoveTo(IncidentStatus.CLOSED));
        assertFalse(IncidentStatus.REPORTED.canMoveTo(IncidentStatus.REFERRED));
        assertFalse(IncidentStatus.JUDGED.canMoveTo(IncidentStatus.CLOSED));
        assertTrue(IncidentStatus.CLOSED.next().isEmpty());
        assertEquals("incident.transitionNotAllowed", refusal(IncidentStatus.CLOSED, IncidentStatus.REPORTED, List.of(), null));
    }

    @Test
    void closingWithoutReferralNeedsAReason() {
        assertEquals("incident.closeReasonRequired", refusal(IncidentStatus.UNDER_INVESTIGATION, IncidentStatus.CLOSED, List.of(), " "));
        assertDoesNotThrow(() -> IncidentLifecycle.require(IncidentStatus.REPORTED, IncidentStatus.CLOSED, List.of(), "unfounded"));
        assertDoesNotThrow(() -> IncidentLifecycle.require(IncidentStatus.FINAL, IncidentStatus.CLOSED, List.of(ChargeStatus.FINAL), null));
    }

    @Test
    void incidentStepsFollowTheCharges() {
        assertEquals("incident.noChargeReferred", refusal(IncidentStatus.UNDER_INVESTIGATION, IncidentStatus.REFERRED,
                List.of(ChargeStatus.LAID), null));
        assertEquals("incident.noChargeIndicted", refusal(IncidentStatus.REFERRED, IncidentStatus.INDICTED,
                List.of(ChargeStatus.NOT_INDICTED), null));
        assertEquals("incident.chargeIndicted", refusal(IncidentStatus.REFERRED, IncidentStatus.NOT_INDICTED,
                List.of(ChargeStatus.NOT_INDICTED, ChargeStatus.INDICTED), null));
        assertEquals("incident.noChargeJudged", refusal(IncidentStatus.INDICTED, IncidentStatus.JUDGED,
                List.of(ChargeStatus.INDICTED), null));
        assertEquals("incident.proceedingsPending", refusal(IncidentStatus.JUDGED, IncidentStatus.FINAL,
                List.of(ChargeStatus.FINAL, ChargeStatus.APPEALED), null));
        assertDoesNotThrow(() -> IncidentLifecycle.require(IncidentStatus.JUDGED, IncidentStatus.FINAL,
                List.of(ChargeStatus.FINAL, ChargeStatus.NOT_INDICTED), null));
    }

    @Test
    void theChargeProceedings() {
        assertTrue(ChargeStatus.LAID.canMoveTo(ChargeStatus.REFERRED));
        assertTrue(ChargeStatus.JUDGED.canMoveTo(ChargeStatus.APPEALED));
        assertTrue(ChargeStatus.APPEALED.canMoveTo(ChargeStatus.JUDGED));
        assertFalse(ChargeStatus.LAID.canMoveTo(ChargeStatus.JUDGED));
        assertFalse(ChargeStatus.FINAL.canMoveTo(ChargeStatus.APPEALED));
        assertTrue(ChargeStatus.NOT_INDICTED.isEnded());
        assertEquals("charge.transitionNotAllowed", assertThrows(BusinessException.class,
                () -> ChargeStatus.REFERRED.requireTransitionTo(ChargeStatus.FINAL)).getKey());
    }

    @Test
    void theOutcomeOnClosing() {
        assertEquals(IncidentOutcome.NO_REFERRAL, IncidentLifecycle.outcomeOnClosing(IncidentStatus.REPORTED, false));
        assertEquals(IncidentOutcome.NOT_INDICTED, IncidentLifecycle.outcomeOnClosing(IncidentStatus.NOT_INDICTED, false));
        assertEquals(IncidentOutcome.CONVICTED, IncidentLifecycle.outcomeOnClosing(IncidentStatus.FINAL, true));
        assertEquals(IncidentOutcome.ACQUITTED, IncidentLifecycle.outcomeOnClosing(IncidentStatus.FINAL, false));
    }
}
