package jp.clearance.incident.control;

import jp.clearance.platform.BusinessException;

/**
 * The one rule that decides whether a sentence is within what the law allows for the offence charged. Every refusal
 * names the Act and the article ({@link jp.clearance.platform.Provision}); a prison term and a fine both above their
 * maxima are refused together. For a person: prison up to the maximum, a fine up to the maximum, both only where the article
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
                throw new BusinessException("charge.noDualLiability", max.provision());
            }
            if (s.fineYen() > max.corporateFineYen()) {
                throw new BusinessException("charge.corporateFineAboveMaximum", max.provision(), max.corporateFineYen(),
                        s.fineYen());
            }
            return;
        }
        // Prison and fine are checked each against its own maximum, and every breach is told at once.
        java.util.List<BusinessException> refusals = new java.util.ArrayList<>();
        if (s.hasPrison()) {
            if (max.prisonMonths() == null) {
                refusals.add(new BusinessException("charge.prisonNotAvailable", max.provision()));
            } else if (s.prisonMonths() > max.prisonMonths()) {
                refusals.add(new BusinessException("charge.prisonAboveMaximum", max.provision(), max.prisonMonths(),
                        s.prisonMonths()));
            }
        }
        if (s.hasFine()) {
            if (max.fineYen() == null) {
                refusals.add(new BusinessException("charge.fineNotAvailable", max.provision()));
            } else if (s.fineYen() > max.fineYen()) {
                refusals.add(new BusinessException("charge.fineAboveMaximum", max.provision(), max.fineYen(), s.fineYen()));
            }
        }
        if (!refusals.isEmpty()) {
            throw BusinessException.of(refusals);
        }
        if (s.hasPrison() && s.hasFine() && !max.fineCumulative()) {
            throw new BusinessException("charge.bothNotAllowed", max.provision());
        }
        if (!s.hasPrison() && s.hasFine() && max.prisonMonths() != null && !max.fineAlternative()) {
            throw new BusinessException("charge.fineAloneNotAllowed", max.provision());
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
