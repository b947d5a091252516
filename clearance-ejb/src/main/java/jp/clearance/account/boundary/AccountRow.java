package jp.clearance.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of the account list. Roles are loaded for the page in one query. */
public record AccountRow(Long id, String username, String organizationCode, String organizationNameJa,
                         String organizationNameEn, String personName, boolean active, LocalDateTime lastLoginAt,
                         java.util.List<String> roles) implements Serializable {
}
