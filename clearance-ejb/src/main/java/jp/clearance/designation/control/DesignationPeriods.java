package jp.clearance.designation.control;

import java.time.LocalDate;
import jp.clearance.platform.BusinessException;
import jp.clearance.reference.entity.Act;
import jp.clearance.reference.entity.LegalParameter;

/**
 * The period rules of a designation, with the limits of its act taken from the reference data: one period (the
 * first, and each extension) may not exceed the maximum per designation; the total from the designation date may
 * not pass the total limit unless a Cabinet approval is recorded, and never the absolute cap.
 */
public final class DesignationPeriods {
    /** The limits of an act in force on a day. */
    public record Limits(LegalParameter maxPeriod, LegalParameter totalLimit, LegalParameter absoluteCap) {
    }

    private DesignationPeriods() {
    }

    /** The parameter codes of an act: CESI_2024 uses DESIGNATION_*, SDS_2013 uses SDS_DESIGNATION_*. */
    public static String code(Act act, String suffix) {
        return (act == Act.SDS_2013 ? "SDS_" : "") + "DESIGNATION_" + suffix;
    }

    /** Checks the first period of a designation. */
    public static void checkInitial(LocalDate designatedOn, LocalDate until, Limits limits) {
        if (!until.isAfter(designatedOn)) {
            throw new BusinessException("designation.periodNotAfterStart", designatedOn, until);
        }
        if (until.isAfter(limits.maxPeriod().addTo(designatedOn))) {
            throw new BusinessException("designation.periodTooLong", RuleText.of(limits.maxPeriod()));
        }
    }

    /**
     * Checks an extension from {@code currentUntil} to {@code newUntil}.
     *
     * @param cabinetApproval the recorded Cabinet approval (null or blank when there is none)
     */
    public static void checkExtension(LocalDate designatedOn, LocalDate currentUntil, LocalDate newUntil,
                                      String cabinetApproval, Limits limits) {
        if (!newUntil.isAfter(currentUntil)) {
            throw new BusinessException("designation.extensionNotLater", currentUntil, newUntil);
        }
        if (newUntil.isAfter(limits.maxPeriod().addTo(currentUntil))) {
            throw new BusinessException("designation.extensionTooLong", RuleText.of(limits.maxPeriod()));
        }
        if (newUntil.isAfter(limits.absoluteCap().addTo(designatedOn))) {
            throw new BusinessException("designation.totalPastCap", RuleText.of(limits.absoluteCap()));
        }
        boolean approved = cabinetApproval != null && !cabinetApproval.isBlank();
        if (!approved && newUntil.isAfter(limits.totalLimit().addTo(designatedOn))) {
            throw new BusinessException("designation.totalNeedsCabinetApproval", RuleText.of(limits.totalLimit()));
        }
    }

    /** Whether the end of the period is within the warning lead time (or past) on that day. */
    public static boolean expiresSoon(LocalDate until, LocalDate today, int warningDays) {
        return !today.plusDays(warningDays).isBefore(until);
    }
}
