package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * Where an evaluation stands: what every one who may see it sees (status and result, never answers, findings or
 * reasons). {@code correctionReason} and {@code reopenedSections} are filled only for the person and the investigator;
 * {@code nextStep} is a bundle key ({@code vetting.next.<STATE>}) telling what happens next; {@code letterReceivedOn}:
 * when the signed letter of non-consent of a refusal or withdrawal was received. {@code courseStep} and {@code holder}
 * say where the case stands on its course and whose move it is ({@link EvaluationState#courseStep},
 * {@link EvaluationState#holder}); {@code dueOn} is the day by which the step is to be done (the target of the state,
 * reference data), null where there is none. {@code investigatorName}: the name of the person whose account
 * {@code investigator} is (the account's name when it has none).
 */
public record EvaluationView(Long id, long version, Long personId, String personName, String levelCode,
                             Long requestingOrganId, String requestingOrganCode, String requestingOrganNameJa,
                             String requestingOrganNameEn, Long employerId, String employerCode,
                             String state, LocalDateTime stateChangedAt, LocalDateTime nominatedAt,
                             String scope, LocalDateTime consentAt, Integer noticeVersion, LocalDateTime submittedAt,
                             String investigator, LocalDate decidedOn, Long reusedEvaluationId,
                             String correctionReason, List<String> reopenedSections, String nextStep,
                             long ageDays, boolean overdue, Long eligibilityId, ReusedRecord reused,
                             LocalDate letterReceivedOn, int courseStep, String holder, LocalDate dueOn,
                             String investigatorName)
        implements Serializable {

    /** The prior favourable record the decision is based on, when the evaluation reuses one. */
    public record ReusedRecord(Long eligibilityId, String source, String levelCode, String organNameJa,
                               String organNameEn, LocalDate notifiedOn, String externalReference)
            implements Serializable {
    }
}
