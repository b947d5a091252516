package jp.clearance.vetting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jp.clearance.designation.control.LegalLimits;
import jp.clearance.designation.control.RuleText;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.LegalParameter;
import jp.clearance.reference.entity.Level;

/**
 * How long a favourable result holds, from the reference data in force on the day of notification: the Act of the
 * level says which parameter applies (EVALUATION_VALIDITY under the 2024 Act, SDS_EVALUATION_VALIDITY under the 2013
 * Act), and how far back a 2013-Act evaluation still exempts from a new one (SDS_REUSE_WINDOW). The one place for
 * these rules: records from evaluations and external records both use it.
 */
@Dependent
public class EligibilityPeriods {
    public static final String SDS_REUSE_WINDOW = "SDS_REUSE_WINDOW";

    @Inject
    LegalLimits limits;

    /** The parameter giving the validity of a favourable evaluation under an Act. */
    public static String validityParameter(Act act) {
        return act == Act.SDS_2013 ? "SDS_EVALUATION_VALIDITY" : "EVALUATION_VALIDITY";
    }

    /** @throws BusinessException {@code eligibility.levelUnknown} (level, day) when no such level is in force */
    public Level level(String levelCode, LocalDate on) {
        Level level = limits.levels(on).get(levelCode);
        if (level == null) {
            throw new BusinessException("eligibility.levelUnknown", levelCode, on);
        }
        return level;
    }

    /** The last day of validity of a favourable result for the level, notified on that day. */
    public LocalDate validUntil(String levelCode, LocalDate notifiedOn) {
        Act act = level(levelCode, notifiedOn).getAct();
        return limits.parameter(validityParameter(act), notifiedOn).addTo(notifiedOn);
    }

    /**
     * Refuses an end of validity longer than the Act of the level allows for a result notified that day (an external
     * record may end earlier, never later).
     *
     * @throws BusinessException {@code eligibility.validityTooLong} ({@link RuleText} of the parameter, then the
     *         notification day, the latest end allowed and the end given)
     */
    public void requireWithinAct(String levelCode, LocalDate notifiedOn, LocalDate validUntil) {
        Act act = level(levelCode, notifiedOn).getAct();
        LegalParameter limit = limits.parameter(validityParameter(act), notifiedOn);
        LocalDate latest = limit.addTo(notifiedOn);
        if (validUntil.isAfter(latest)) {
            Object[] rule = RuleText.of(limit);
            Object[] args = java.util.Arrays.copyOf(rule, rule.length + 3);
            args[rule.length] = notifiedOn.toString();
            args[rule.length + 1] = latest.toString();
            args[rule.length + 2] = validUntil.toString();
            throw new BusinessException("eligibility.validityTooLong", args);
        }
    }

    /** A 2013-Act result notified on or after this day still exempts the person from a new evaluation. */
    public LocalDate sdsReuseSince(LocalDate today) {
        return today.minus(limits.parameter(SDS_REUSE_WINDOW, today).period());
    }
}
