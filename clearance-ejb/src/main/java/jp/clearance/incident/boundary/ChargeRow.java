package jp.clearance.incident.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.incident.entity.ChargeStatus;
import jp.clearance.incident.entity.JudgmentOutcome;
import jp.clearance.reference.entity.Offence;

/**
 * A charge with the statutory maxima that apply (for a company: the dual-liability fine), its proceedings and the
 * sentence; {@code appealDeadlinePassed} flags a judgment whose appeal period is over but not yet recorded as final.
 */
public record ChargeRow(long id, long version, long incidentId, long partyId, String partyName, String partyNameEn,
                        boolean corporate, long designationId, String designationNumber, String levelCode,
                        String penaltyCode, String act, String article, Offence offence, boolean penaltyConfirmed,
                        Integer maxPrisonMonths, Long maxFineYen, boolean fineCumulative, boolean fineAlternative,
                        Long corporateFineYen, ChargeStatus status, LocalDate referredOn, LocalDate decisionOn,
                        String court, LocalDate judgmentOn, JudgmentOutcome judgmentOutcome, Integer prisonMonths,
                        boolean suspended, Integer suspensionMonths, Long fineYen, LocalDate appealDeadline,
                        LocalDate appealedOn, LocalDate finalOn, Long finePaidYen, LocalDate finePaidOn,
                        boolean appealDeadlinePassed) implements Serializable {
}
