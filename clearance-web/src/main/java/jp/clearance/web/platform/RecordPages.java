package jp.clearance.web.platform;

import java.util.Map;

/**
 * The portal page of a record, by the kind the EJB layer names it with ({@code Evaluation}, {@code Grievance}, ...):
 * one place for the audit trail's links and the notifications' links. The page checks who may see the record.
 */
public final class RecordPages {
    private static final Map<String, String> PAGES = Map.of(
            "Designation", "/designation/designation.xhtml", "Evaluation", "/vetting/evaluation.xhtml",
            "Incident", "/incident/incident.xhtml", "Grievance", "/grievance/case.xhtml",
            "TransferRecord", "/grievance/transfer.xhtml", "Certification", "/designation/certification.xhtml");

    private RecordPages() {
    }

    /** The page (within the application) of a record whose kind has one, with its id; null otherwise. */
    public static String of(String entityType, String entityId) {
        String page = PAGES.get(entityType);
        return page == null || entityId == null || entityId.isEmpty() || !entityId.chars().allMatch(Character::isDigit)
                ? null : page + "?id=" + entityId;
    }
}
