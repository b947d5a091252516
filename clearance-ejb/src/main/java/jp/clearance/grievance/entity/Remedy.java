package jp.clearance.grievance.entity;

/** What the desk orders or recommends when a complaint is (partly) substantiated. */
public enum Remedy {
    REINSTATEMENT, CORRECTION_OF_EVALUATION, CORRECTION_OF_RECORD, INSTRUCTION_TO_EMPLOYER, RE_EVALUATION, REFERRAL
}
