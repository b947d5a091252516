package jp.clearance.reference.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.reference.entity.Act;

/**
 * Filter for the reference-data lists. {@code act}: one act or both ({@code null}). {@code on}: only the versions
 * in force on that day (today if {@code null}), unless {@code history} asks for every version. {@code text}:
 * part of the code or either name. {@code confirmed}: confirmed rows, rows to be verified, or both ({@code null}).
 */
public record ReferenceFilter(Act act, LocalDate on, boolean history, String text, Boolean confirmed)
        implements Serializable {

    /** Everything in force on a day. */
    public static ReferenceFilter inForceOn(LocalDate on) {
        return new ReferenceFilter(null, on, false, null, null);
    }
}
