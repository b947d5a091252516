package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import jp.clearance.grievance.entity.EntryKind;
import jp.clearance.grievance.entity.GrievanceEntry;
import jp.clearance.grievance.entity.GrievanceStatus;

/** A timeline entry as the complainant sees it: no officer's name. */
public record EntryView(EntryKind kind, GrievanceStatus status, String body, LocalDateTime at) implements Serializable {
    static EntryView of(GrievanceEntry e) {
        return new EntryView(e.getKind(), e.getStatus(), e.getBody(), e.getCreatedAt());
    }
}
