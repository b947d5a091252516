package jp.clearance.incident.boundary;

import java.io.Serializable;
import jp.clearance.incident.entity.IncidentStatus;

/** Filter of the incident queue: one status, or only open incidents, and optionally one organ. */
public record IncidentFilter(IncidentStatus status, boolean openOnly, Long organId) implements Serializable {
}
