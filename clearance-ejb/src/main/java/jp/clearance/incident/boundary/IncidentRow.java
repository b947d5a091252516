package jp.clearance.incident.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.incident.entity.Channel;
import jp.clearance.incident.entity.IncidentStatus;

/** A line of the incident queue: age in days since discovery, and the number of overdue tasks. */
public record IncidentRow(long id, String title, IncidentStatus status, Channel channel, String organCode,
                          String organNameJa, String organNameEn, LocalDate occurredOn, LocalDate discoveredOn,
                          long ageDays, long overdueTasks) implements Serializable {
}
