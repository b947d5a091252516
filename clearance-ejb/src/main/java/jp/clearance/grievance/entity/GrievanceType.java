package jp.clearance.grievance.entity;

/**
 * What the complaint is about: one's own eligibility evaluation (its procedure or its result), handled by the organ
 * that evaluated; or unfair treatment by the employer, handled by the Cabinet Office desk.
 */
public enum GrievanceType {
    EVALUATION_PROCEDURE, EVALUATION_RESULT,
    DISMISSAL, DEMOTION, PAY_CUT, TRANSFER, PERFORMANCE_EVALUATION, CONTRACT_CHANGE, HARASSMENT, OTHER;

    /** A complaint about one's own evaluation (to the organ), not about the employer's treatment. */
    public boolean isAboutEvaluation() {
        return this == EVALUATION_PROCEDURE || this == EVALUATION_RESULT;
    }
}
