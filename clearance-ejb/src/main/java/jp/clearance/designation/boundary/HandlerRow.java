package jp.clearance.designation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.clearance.designation.entity.RemovalReason;

/** A line of a handler register: who, from which organization and section, since when, and whether removed and why. */
public record HandlerRow(long id, long version, long personId, String familyName, String givenName,
                         String familyNameKana, String givenNameKana, String employerCode, String employerNameJa,
                         String employerNameEn, String sectionNameJa, String sectionNameEn, LocalDate addedOn,
                         boolean active, LocalDate removedOn, RemovalReason removalReason, String removalNote)
        implements Serializable {
}
