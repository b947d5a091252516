package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The questionnaire as the person submitted it, for the copy they keep: who, which evaluation, when it was submitted
 * (and last corrected), and every section with its answers.
 */
public record SubmittedQuestionnaire(long evaluationId, String personName, String levelCode, String organNameJa,
                                     String organNameEn, LocalDateTime submittedAt, List<SectionView> sections)
        implements Serializable {
}
