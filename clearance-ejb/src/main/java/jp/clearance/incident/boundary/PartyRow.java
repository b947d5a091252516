package jp.clearance.incident.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.incident.entity.PartyRole;

/**
 * A party of an incident: a person (name, employer) or an organization, its role, the levels of the clearances the
 * person holds today ({@code validClearances}: what the page offers to suspend; {@code held}: each with the organ that
 * decided it and its end, so that two records of the same level are told apart) and when they were suspended.
 */
public record PartyRow(long id, PartyRole role, Long personId, Long organizationId, String name, String nameEn,
                       String affiliationJa, String affiliationEn, boolean corporate, List<String> validClearances,
                       List<HeldClearance> held, LocalDate clearanceSuspendedOn) implements Serializable {
    /** A clearance valid today: its level, the organ that decided it, its last day. */
    public record HeldClearance(String levelCode, String organNameJa, String organNameEn, LocalDate validUntil)
            implements Serializable {
    }

    public boolean isSuspendable() {
        return !validClearances.isEmpty();
    }
}
