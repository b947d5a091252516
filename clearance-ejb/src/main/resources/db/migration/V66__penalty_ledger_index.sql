-- The penalty ledger lists convictions only, newest judgment first, optionally within a year of judgment
-- (Charges.ledger and ledgerTotals): one index serves the filter and the order.
CREATE INDEX incident_charge_ledger_ix ON incident_charge (judgment_outcome, judgment_on, id);
