package jp.clearance.incident.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import jp.clearance.incident.entity.ChargeStatus;
import jp.clearance.incident.entity.IncidentOutcome;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.platform.BusinessException;

/**
 * What an incident's transition needs beyond {@link IncidentStatus}'s allowed moves: the state of its charges'
 * proceedings, and a reason to close without referral. Also decides the outcome recorded at closure.
 */
public final class IncidentLifecycle {
    private static final Set<ChargeStatus> REFERRED_OR_LATER = EnumSet.of(ChargeStatus.REFERRED, ChargeStatus.INDICTED,
            ChargeStatus.NOT_INDICTED, ChargeStatus.JUDGED, ChargeStatus.APPEALED, ChargeStatus.FINAL);
    private static final Set<ChargeStatus> INDICTED_OR_LATER = EnumSet.of(ChargeStatus.INDICTED, ChargeStatus.JUDGED,
            ChargeStatus.APPEALED, ChargeStatus.FINAL);
    private static final Set<ChargeStatus> JUDGED_OR_LATER = EnumSet.of(ChargeStatus.JUDGED, ChargeStatus.APPEALED,
            ChargeStatus.FINAL);

    private IncidentLifecycle() {
    }

    /**
     * @param charges the statuses of the incident's charges
     * @throws BusinessException {@code incident.transitionNotAllowed} (from, to), {@code incident.closeReasonRequired},
     *         {@code incident.noChargeReferred}, {@code incident.noChargeIndicted}, {@code incident.chargeIndicted},
     *         {@code incident.noChargeJudged}, {@code incident.proceedingsPending}
     */
    public static void require(IncidentStatus from, IncidentStatus to, Collection<ChargeStatus> charges, String reason) {
        from.requireTransitionTo(to);
        switch (to) {
            case REFERRED -> {
                if (charges.stream().noneMatch(REFERRED_OR_LATER::contains)) {
                    throw new BusinessException("incident.noChargeReferred");
                }
            }
            case INDICTED -> {
                if (charges.stream().noneMatch(INDICTED_OR_LATER::contains)) {
                    throw new BusinessException("incident.noChargeIndicted");
                }
            }
            case NOT_INDICTED -> {
                if (charges.stream().anyMatch(c -> c != ChargeStatus.NOT_INDICTED)) {
                    throw new BusinessException("incident.chargeIndicted");
                }
            }
            case JUDGED -> {
                if (charges.stream().noneMatch(JUDGED_OR_LATER::contains)) {
                    throw new BusinessException("incident.noChargeJudged");
                }
            }
            case FINAL -> {
                if (charges.stream().anyMatch(c -> !c.isEnded())) {
                    throw new BusinessException("incident.proceedingsPending");
                }
            }
            case CLOSED -> {
                if (from.closesWithoutReferral(to) && (reason == null || reason.isBlank())) {
                    throw new BusinessException("incident.closeReasonRequired");
                }
            }
            default -> {
                // no further condition
            }
        }
    }

    /** The outcome of a closed incident: no referral, not indicted, or convicted / acquitted after a final judgment. */
    public static IncidentOutcome outcomeOnClosing(IncidentStatus from, boolean anyConviction) {
        return switch (from) {
            case REPORTED, UNDER_INVESTIGATION -> IncidentOutcome.NO_REFERRAL;
            case NOT_INDICTED -> IncidentOutcome.NOT_INDICTED;
            default -> anyConviction ? IncidentOutcome.CONVICTED : IncidentOutcome.ACQUITTED;
        };
    }
}
