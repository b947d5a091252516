package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the privacy circle reads: the answers, the investigation (checklist, findings per survey item, report) and the
 * adjudication (findings, reasons). When the evaluation reuses another organ's, {@code investigationOf} names the
 * evaluation whose investigation is shown (the latest one).
 */
public record InvestigationFile(EvaluationView status, List<SectionView> answers, Long investigationOf,
                                Map<String, String> checklist, Map<String, String> findings, String report,
                                Map<String, String> decisionFindings, String decisionReasons) implements Serializable {
}
