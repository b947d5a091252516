package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Counts of the complaints lodged in a period, by type, employer, outcome and channel, and the average days to
 * acknowledge and to decide (of those acknowledged or decided). No personal data.
 */
public record GrievanceStatistics(long total, List<Count> byType, List<Count> byEmployer, List<Count> byOutcome,
                                  List<Count> byChannel, Double averageDaysToAcknowledge, Double averageDaysToDecide,
                                  long overdue) implements Serializable {
    /** One group: its key (an enum name or an organization code), names where it has them, and the count. */
    public record Count(String key, String nameJa, String nameEn, long count) implements Serializable {
    }
}
