package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.clearance.grievance.entity.Channel;
import jp.clearance.grievance.entity.GrievanceStatus;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.grievance.entity.Outcome;
import jp.clearance.grievance.entity.Remedy;

/**
 * A complaint as its complainant sees it: what they told, the status, the decision, the visible timeline and the
 * files of the complainant's side.
 */
public record ComplaintView(long id, long version, Channel channel, GrievanceType type, Ground ground,
                            String employerNameJa, String employerNameEn, String deskNameJa, String deskNameEn,
                            LocalDate occurredOn, String decidedBy, String description, GrievanceStatus status,
                            LocalDateTime lodgedAt, LocalDate ackDue, LocalDate decisionDue,
                            LocalDateTime acknowledgedAt, LocalDateTime decidedAt, Outcome outcome, String reasons,
                            Set<Remedy> remedies, String remedyDetail, Long relatedId, List<EntryView> timeline,
                            List<AttachmentView> attachments)
        implements Serializable {
}
