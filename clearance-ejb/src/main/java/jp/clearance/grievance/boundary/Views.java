package jp.clearance.grievance.boundary;

import java.util.List;
import java.util.Set;
import jp.clearance.grievance.entity.Grievance;
import jp.clearance.grievance.entity.GrievanceEntry;

/** Builds what a complainant sees of a complaint. */
final class Views {
    private Views() {
    }

    static ComplaintView complaint(Grievance g, List<GrievanceEntry> visibleEntries,
                                   List<AttachmentView> attachments) {
        return new ComplaintView(g.getId(), g.getVersion(), g.getChannel(), g.getType(), g.getGround(),
                g.getEmployer().getNameJa(), g.getEmployer().getNameEn(), g.getDesk().getNameJa(),
                g.getDesk().getNameEn(), g.getOccurredOn(), g.getDecidedBy(), g.getDescription(), g.getStatus(),
                g.getLodgedAt(), g.getAckDue(), g.getDecisionDue(), g.getAcknowledgedAt(), g.getDecidedAt(),
                g.getOutcome(), g.getReasons(), Set.copyOf(g.getRemedies()), g.getRemedyDetail(), g.getRelatedId(),
                visibleEntries.stream().filter(GrievanceEntry::isVisible).map(EntryView::of).toList(),
                List.copyOf(attachments));
    }
}
