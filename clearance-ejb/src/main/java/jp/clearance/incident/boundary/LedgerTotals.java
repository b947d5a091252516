package jp.clearance.incident.boundary;

import java.io.Serializable;

/** Totals of the penalty ledger for people ({@code corporate} false) or companies: penalties and fines in yen. */
public record LedgerTotals(boolean corporate, long penalties, long finesImposedYen, long finesPaidYen,
                           long outstandingYen) implements Serializable {
}
