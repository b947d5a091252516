package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A favourable evaluation of the same person by another organ that the requesting organ may decide on without a new
 * investigation; {@code blocked} says why it cannot (a bundle key), e.g. new adverse information since.
 */
public record ReuseCandidate(Long evaluationId, String organCode, String organNameJa, String organNameEn,
                             String levelCode, LocalDate decidedOn, LocalDate validUntil, String blocked)
        implements Serializable {
}
