package jp.clearance.grievance.boundary;

import java.io.Serializable;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;

/**
 * Filter of the desk's queue: desk (organization), status ({@code null} with {@code openOnly} for the working
 * queue), type, channel, employer, and only the complaints past a target.
 */
public record GrievanceFilter(Long deskId, GrievanceStatus status, boolean openOnly, GrievanceType type,
                              Channel channel, Long employerId, boolean overdueOnly) implements Serializable {
}
