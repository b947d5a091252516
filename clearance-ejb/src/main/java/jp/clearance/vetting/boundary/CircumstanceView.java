package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A change of circumstances as a reader may see it: kind and date for the officers of the holder's organs;
 * {@code description} (debts, arrests, ...) only for the holder and the privacy circle, otherwise {@code null}.
 */
public record CircumstanceView(Long id, Long personId, String kind, String description, LocalDate reportedOn)
        implements Serializable {
}
