package jp.clearance.vetting.boundary;

import java.io.Serializable;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * A work queue: {@code view} is the role whose queue it is (the first role of the caller when null); {@code state}
 * narrows it; {@code overdueOnly} keeps the overdue items; {@code mine} keeps an investigator's own cases.
 */
public record QueueFilter(String view, EvaluationState state, boolean overdueOnly, boolean mine) implements Serializable {
    public static QueueFilter all() {
        return new QueueFilter(null, null, false, false);
    }
}
