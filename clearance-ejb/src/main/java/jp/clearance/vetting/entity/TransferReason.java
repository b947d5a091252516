package jp.clearance.vetting.entity;

/** Why a transfer record was opened. */
public enum TransferReason {
    REFUSAL, WITHDRAWAL, UNFAVOURABLE_RESULT
}
