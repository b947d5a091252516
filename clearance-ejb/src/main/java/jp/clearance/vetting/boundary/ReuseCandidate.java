package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A favourable eligibility record of the same person that the requesting organ may decide on without a new
 * investigation: a record of another organ (from an evaluation in Clearance, or entered as an external record), or a
 * 2013-Act (SDS) record, also of the same organ, notified within the reuse window. {@code evaluationId} is the
 * evaluation behind the record (null for an external record), {@code act} the Act of its level, {@code blocked} why
 * it cannot be reused (a bundle key without the {@code error.} prefix), e.g. new adverse information since.
 */
public record ReuseCandidate(Long eligibilityId, Long evaluationId, String source, String act, String organCode,
                             String organNameJa, String organNameEn, String levelCode, LocalDate decidedOn,
                             LocalDate validUntil, String externalReference, String blocked) implements Serializable {
}
