package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.clearance.vetting.entity.TransferReason;
import jp.clearance.vetting.entity.TransferStatus;

/** A row of the transfer-record list. */
public record TransferRow(long id, String familyName, String givenName, String employerNameJa, String employerNameEn,
                          TransferReason reason, LocalDate openedOn, LocalDate watchUntil, TransferStatus status,
                          String alertReason, LocalDateTime alertRaisedAt) implements Serializable {
}
