package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of a work queue: who, which level, which organ, where it stands, how old it is and whether it is overdue. */
public record EvaluationRow(Long id, Long personId, String personName, String levelCode, String requestingOrganCode,
                            String requestingOrganNameJa, String requestingOrganNameEn, String state,
                            LocalDateTime stateChangedAt, String investigator, long ageDays, long targetDays,
                            boolean overdue) implements Serializable {
}
