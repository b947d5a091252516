package jp.clearance.incident.control;

import java.io.Serializable;

/**
 * A sentence imposed by a court: prison in months (or none), whether its execution is suspended and for how many
 * months, and a fine in yen (or none).
 */
public record Sentence(Integer prisonMonths, boolean suspended, Integer suspensionMonths, Long fineYen)
        implements Serializable {

    public boolean hasPrison() {
        return prisonMonths != null && prisonMonths > 0;
    }

    public boolean hasFine() {
        return fineYen != null && fineYen > 0;
    }
}
