package jp.clearance.grievance.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.vetting.entity.TransferRecord;

/** What the employer records about the person's move: grade and monthly pay before and after, or a dismissal. */
public record TransferMove(@Size(max = TransferRecord.GRADE_LENGTH) String previousGrade,
                           @PositiveOrZero Long previousMonthlyPay, Long newSectionId,
                           @Size(max = TransferRecord.GRADE_LENGTH) String newGrade,
                           @PositiveOrZero Long newMonthlyPay, boolean dismissed, @NotNull LocalDate movedOn,
                           @Size(max = TransferRecord.NOTE_LENGTH) String note) implements Serializable {
}
