package jp.clearance.grievance.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.Outcome;
import jp.clearance.grievance.entity.Remedy;

/** The desk's decision: outcome, reasons, remedies (when (partly) substantiated) and what they mean in practice. */
public record Decision(@NotNull Outcome outcome, @Size(max = Grievance.REASONS_LENGTH) String reasons,
                       Set<Remedy> remedies, @Size(max = Grievance.REMEDY_DETAIL_LENGTH) String remedyDetail)
        implements Serializable {
}
