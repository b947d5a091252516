package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The result as the person is told it: favourable or not, when, the eligibility's end, and the reasons of an unfavourable
 * result unless the person asked beforehand not to receive them ({@code reasonsWithheld}).
 */
public record Result(Long evaluationId, String state, LocalDate decidedOn, LocalDate validUntil, String reasons,
                     boolean reasonsWithheld, Long eligibilityId) implements Serializable {
}
