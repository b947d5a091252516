package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the privacy circle reads: the answers, the investigation (checklist, findings per survey item, report) and the
 * adjudication (findings, reasons). When the evaluation reuses another organ's, {@code investigationOf} names the
 * evaluation whose investigation is shown (the latest one). {@code lastReturnedAt} is when the questionnaire was last
 * returned to the person for correction (null if never), and {@code correctedSections} the sections reopened then that
 * the person saved again after it: what changed after the return.
 */
public record InvestigationFile(EvaluationView status, List<SectionView> answers, Long investigationOf,
                                Map<String, String> checklist, Map<String, String> findings, String report,
                                Map<String, String> decisionFindings, String decisionReasons,
                                LocalDateTime lastReturnedAt, List<String> correctedSections) implements Serializable {

    /** Whether the person corrected this section after the last return. */
    public boolean corrected(String sectionCode) {
        return correctedSections.contains(sectionCode);
    }
}
