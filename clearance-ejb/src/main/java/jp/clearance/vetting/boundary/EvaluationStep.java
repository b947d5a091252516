package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One step of an evaluation's history: when, from which state ({@code null} for the nomination) to which, and who
 * took it (the name of the person, in Japanese and Latin letters, and the roles of their account). The person whose
 * evaluation it is sees the roles of the staff who acted, not their names ({@code actorNameJa} and {@code actorNameEn}
 * null).
 */
public record EvaluationStep(LocalDateTime at, String from, String to, String actorNameJa, String actorNameEn,
                             List<String> actorRoles) implements Serializable {
}
