package jp.clearance.grievance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;

/**
 * What a complainant tells when lodging: the type, why they believe it happened (not for evaluation complaints),
 * the employer, the organ that evaluated (evaluation complaints), what happened and when, who decided it, and for a
 * retaliation complaint the earlier complaint it follows (named complainants; optional, the latest one otherwise).
 */
public record Lodging(@NotNull GrievanceType type, Ground ground, @NotNull Long employerId, Long organId,
                      LocalDate occurredOn, @Size(max = Grievance.DECIDED_BY_LENGTH) String decidedBy,
                      @NotBlank @Size(max = Grievance.DESCRIPTION_LENGTH) String description, Long relatedId)
        implements Serializable {
}
