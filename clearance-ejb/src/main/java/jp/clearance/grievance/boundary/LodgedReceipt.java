package jp.clearance.grievance.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** The answer to an anonymous complaint: the receipt code, shown this once and never stored in clear. */
public record LodgedReceipt(String code, LocalDate ackDue, LocalDate decisionDue) implements Serializable {
}
