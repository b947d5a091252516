package jp.clearance.vetting.boundary;

import java.io.Serializable;
import jp.clearance.vetting.entity.EvaluationState;

/**
 * A work queue: {@code view} is the role whose queue it is (the first role of the caller when null); {@code state}
 * narrows it; {@code overdueOnly} keeps the overdue items; {@code mine} keeps an investigator's own cases;
 * {@code text} finds a case by its number (digits) or the person's family name (start of the kanji or katakana
 * name, or of the Latin name).
 */
public record QueueFilter(String view, EvaluationState state, boolean overdueOnly, boolean mine, String text)
        implements Serializable {
    public QueueFilter(String view, EvaluationState state, boolean overdueOnly, boolean mine) {
        this(view, state, overdueOnly, mine, null);
    }

    public static QueueFilter all() {
        return new QueueFilter(null, null, false, false, null);
    }
}
