package jp.clearance.designation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.designation.entity.DesignationStatus;

/**
 * A line of the designation register (指定管理簿): what the register shows, without the summary. {@code status} is
 * the status today; {@code expiringSoon} is true when the end is within the warning lead time.
 */
public record DesignationRow(long id, long version, String organCode, String organNameJa, String organNameEn,
                             String referenceNumber, String title, String levelCode, String categoryCode,
                             String itemCode, LocalDate designatedOn, LocalDate validUntil, DesignationStatus status,
                             boolean expiringSoon, String cabinetApproval, LocalDate endedOn) implements Serializable {
}
