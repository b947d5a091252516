package jp.clearance.grievance.control;

import java.time.LocalDate;
import java.util.Set;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Outcome;
import jp.clearance.grievance.entity.Remedy;
import jp.clearance.platform.BusinessException;

/** The rules of lodging and deciding a complaint that need no database, so they are tested without a server. */
public final class GrievanceRules {
    private GrievanceRules() {
    }

    /**
     * The ground to store: complaints about one's own evaluation have none; complaints of unfair treatment must say
     * why the complainant believes they were treated so.
     */
    public static Ground ground(GrievanceType type, Ground ground) {
        if (type.isAboutEvaluation()) {
            return Ground.NONE;
        }
        if (ground == null || ground == Ground.NONE) {
            throw new BusinessException("grievance.groundRequired");
        }
        return ground;
    }

    public static void occurredOn(LocalDate occurredOn, LocalDate today) {
        if (occurredOn != null && occurredOn.isAfter(today)) {
            throw new BusinessException("grievance.occurredInFuture", occurredOn);
        }
    }

    /** A decision gives reasons; (partly) substantiated names at least one remedy, not substantiated none. */
    public static void decision(Outcome outcome, String reasons, Set<Remedy> remedies) {
        if (outcome == null) {
            throw new BusinessException("grievance.outcomeRequired");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessException("grievance.reasonsRequired");
        }
        boolean any = remedies != null && !remedies.isEmpty();
        if (outcome.callsForRemedy() && !any) {
            throw new BusinessException("grievance.remedyRequired");
        }
        if (!outcome.callsForRemedy() && any) {
            throw new BusinessException("grievance.remedyNotAllowed");
        }
    }

    /** Message and note texts: not blank, not longer than the column. */
    public static String text(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("grievance.textRequired");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new BusinessException("grievance.textTooLong", max);
        }
        return stripped;
    }
}
