package jp.clearance.grievance.boundary;

import java.io.Serializable;

/** What one run of the daily watch did. */
public record WatchResult(int acknowledgementReminders, int decisionReminders, int alertsRaised, int watchesClosed,
                          int codeAttemptsForgotten) implements Serializable {
}
