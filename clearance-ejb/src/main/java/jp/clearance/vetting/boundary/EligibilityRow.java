package jp.clearance.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.vetting.entity.EligibilitySource;
import jp.clearance.vetting.entity.EligibilityStatus;

/**
 * A line of the eligibility list: the person's name and employer, the level (a code: the portal shows its name), the
 * organ (code, id and names), the validity and status.
 */
public record EligibilityRow(long id, long version, long personId, String familyName, String givenName,
                             String familyNameKana, String givenNameKana, String employerNameJa, String employerNameEn,
                             String levelCode, String organCode, EligibilitySource source, String externalReference,
                             LocalDate notifiedOn, LocalDate validUntil, EligibilityStatus status, String statusReason,
                             LocalDate statusChangedOn, long organId, String organNameJa, String organNameEn)
        implements Serializable {
}
