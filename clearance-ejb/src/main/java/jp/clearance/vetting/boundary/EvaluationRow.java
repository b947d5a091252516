package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A line of a work queue: who, which level, which organ, where it stands, how old it is and whether it is overdue.
 * {@code investigator} is the assigned investigator's account, {@code investigatorName} the name of its person (the
 * account's name when it has none; issue 15, item 8: names where names belong).
 */
public record EvaluationRow(Long id, Long personId, String personName, String levelCode, String requestingOrganCode,
                            String requestingOrganNameJa, String requestingOrganNameEn, String state,
                            LocalDateTime stateChangedAt, String investigator, String investigatorName, long ageDays,
                            long targetDays,
                            boolean overdue) implements Serializable {
}
