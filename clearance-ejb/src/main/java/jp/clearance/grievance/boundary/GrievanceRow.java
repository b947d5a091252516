package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.clearance.grievance.control.Deadlines;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Outcome;

/** A row of the desk's queue, with the running clock ({@code null} once decided or withdrawn). */
public record GrievanceRow(long id, Channel channel, GrievanceType type, GrievanceStatus status, String deskCode,
                           String employerNameJa, String employerNameEn, LocalDateTime lodgedAt, LocalDate ackDue,
                           LocalDate decisionDue, Outcome outcome, Long relatedId, Deadlines.Clock clock,
                           boolean overdue) implements Serializable {
    public GrievanceRow(long id, Channel channel, GrievanceType type, GrievanceStatus status, String deskCode,
                        String employerNameJa, String employerNameEn, LocalDateTime lodgedAt, LocalDate ackDue,
                        LocalDate decisionDue, Outcome outcome, Long relatedId, Deadlines.Clock clock) {
        this(id, channel, type, status, deskCode, employerNameJa, employerNameEn, lodgedAt, ackDue, decisionDue,
                outcome, relatedId, clock, clock != null && clock.overdue());
    }
}
