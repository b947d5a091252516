package jp.clearance.incident.control;

import jp.clearance.platform.BusinessException;

/**
 * The one rule that decides whether a sentence is within what the law allows for the offence charged. Every refusal
 * names the article. For a person: prison up to the maximum, a fine up to the maximum, both only where the article
 * says "or both", a fine alone only where it says "or a fine"; a suspension only of a prison term no longer than the
 * Penal Code allows, for at most its longest period. For a company (dual liability): a fine only, up to the
 * corporate fine, and only where the article has a dual-liability provision.
 */
public final class SentenceRule {
    /** Penal Code limits on suspending a sentence (reference data: SUSPENSION_PRISON_MAX_MONTHS, SUSPENSION_MAX_MONTHS). */
    public record SuspensionLimits(int prisonMaxMonths, int suspensionMaxMonths) {
    }

    private SentenceRule() {
    }

    /**
     * @throws BusinessException {@code charge.sentenceEmpty}, {@code charge.prisonAboveMaximum} (article, max, imposed),
     *         {@code charge.prisonNotAvailable} (article), {@code charge.fineAboveMaximum} (article, max, imposed),
     *         {@code charge.fineNotAvailable} (article), {@code charge.bothNotAllowed} (article),
     *         {@code charge.fineAloneNotAllowed} (article), {@code charge.suspensionWithoutPrison},
     *         {@code charge.suspensionPrisonTooLong} (max), {@code charge.suspensionPeriod} (max),
     *         {@code charge.prisonForCompany}, {@code charge.noDualLiability} (article),
     *         {@code charge.corporateFineAboveMaximum} (article, max, imposed)
     */
    public static void check(Maxima max, Sentence s, boolean corporate, SuspensionLimits limits) {
        if (!s.hasPrison() && !s.hasFine()) {
            throw new BusinessException("charge.sentenceEmpty");
        }
        if (corporate) {
            if (s.hasPrison() || s.suspended()) {
                throw new BusinessException("charge.prisonForCompany");
            }
            if (max.corporateFineYen() == null) {
                throw new BusinessException("charge.noDualLiability", max.article());
            }
            if (s.fineYen() > max.corporateFineYen()) {
                throw new BusinessException("charge.corporateFineAboveMaximum", max.article(), max.corporateFineYen(),
                        s.fineYen());
            }
            return;
        }
        if (s.hasPrison()) {
            if (max.prisonMonths() == null) {
                throw new BusinessException("charge.prisonNotAvailable", max.article());
            }
            if (s.prisonMonths() > max.prisonMonths()) {
                throw new BusinessException("charge.prisonAboveMaximum", max.article(), max.prisonMonths(),
                        s.prisonMonths());
            }
        }
        if (s.hasFine()) {
            if (max.fineYen() == null) {
                throw new BusinessException("charge.fineNotAvailable", max.article());
            }
            if (s.fineYen() > max.fineYen()) {
                throw new BusinessException("charge.fineAboveMaximum", max.article(), max.fineYen(), s.fineYen());
            }
        }
        if (s.hasPrison() && s.hasFine() && !max.fineCumulative()) {
            throw new BusinessException("charge.bothNotAllowed", max.article());
        }
        if (!s.hasPrison() && s.hasFine() && max.prisonMonths() != null && !max.fineAlternative()) {
            throw new BusinessException("charge.fineAloneNotAllowed", max.article());
        }
        if (s.suspended()) {
            if (!s.hasPrison()) {
                throw new BusinessException("charge.suspensionWithoutPrison");
            }
            if (s.prisonMonths() > limits.prisonMaxMonths()) {
                throw new BusinessException("charge.suspensionPrisonTooLong", limits.prisonMaxMonths());
            }
            if (s.suspensionMonths() == null || s.suspensionMonths() <= 0
                    || s.suspensionMonths() > limits.suspensionMaxMonths()) {
                throw new BusinessException("charge.suspensionPeriod", limits.suspensionMaxMonths());
            }
        }
    }
}
