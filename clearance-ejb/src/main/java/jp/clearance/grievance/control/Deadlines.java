package jp.clearance.grievance.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.clearance.grievance.entity.GrievanceStatus;

/**
 * The clocks of a complaint: while it is LODGED the acknowledgement target runs; until it is decided the decision
 * target runs. Pure arithmetic on dates, so it is tested without a server.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** Which target a clock shows. */
    public enum Target {
        ACKNOWLEDGEMENT, DECISION
    }

    /** The running clock of a complaint: its target, due date, days left (negative when overdue). */
    public record Clock(Target target, LocalDate due, long daysLeft) implements java.io.Serializable {
        public boolean overdue() {
            return daysLeft < 0;
        }
    }

    /** The clock that runs for a complaint in this status, or {@code null} once it is decided or withdrawn. */
    public static Clock clock(GrievanceStatus status, LocalDate ackDue, LocalDate decisionDue, LocalDate today) {
        if (status == GrievanceStatus.LODGED) {
            return new Clock(Target.ACKNOWLEDGEMENT, ackDue, ChronoUnit.DAYS.between(today, ackDue));
        }
        if (status.isOpen()) {
            return new Clock(Target.DECISION, decisionDue, ChronoUnit.DAYS.between(today, decisionDue));
        }
        return null;
    }

    /** Whether a reminder for a target due on {@code due} is due today: from {@code leadDays} before it, and after. */
    public static boolean reminderDue(LocalDate due, LocalDate today, long leadDays) {
        return !today.isBefore(due.minusDays(leadDays));
    }

    /** Whole days between two days (for statistics), or {@code null} if the second has not happened. */
    public static Long daysBetween(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
