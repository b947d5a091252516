package jp.clearance.grievance.boundary;

import java.io.Serializable;
import jp.clearance.vetting.entity.TransferStatus;

/** Filter of transfer records: employer, status, only those with an alert. */
public record TransferFilter(Long employerId, TransferStatus status, boolean alertedOnly) implements Serializable {
}
