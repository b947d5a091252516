package jp.clearance.incident.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.incident.entity.PartyRole;

/**
 * A party of an incident: a person (name, employer) or an organization, its role, the levels of the clearances the
 * person holds today ({@code validClearances}: what the page offers to suspend) and when they were suspended.
 */
public record PartyRow(long id, PartyRole role, Long personId, Long organizationId, String name, String nameEn,
                       String affiliationJa, String affiliationEn, boolean corporate, List<String> validClearances,
                       LocalDate clearanceSuspendedOn) implements Serializable {
    public boolean isSuspendable() {
        return !validClearances.isEmpty();
    }
}
