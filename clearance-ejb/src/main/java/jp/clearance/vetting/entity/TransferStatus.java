package jp.clearance.vetting.entity;

/** OPEN: the employer has not yet recorded the move; RECORDED: it has; CLOSED: the watch period ended. */
public enum TransferStatus {
    OPEN, RECORDED, CLOSED
}
