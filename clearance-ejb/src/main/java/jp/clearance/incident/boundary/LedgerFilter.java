package jp.clearance.incident.boundary;

import java.io.Serializable;

/** Filter of the penalty ledger: companies only, people only or both ({@code null}); one year of judgment or all. */
public record LedgerFilter(Boolean corporate, Integer year) implements Serializable {
}
