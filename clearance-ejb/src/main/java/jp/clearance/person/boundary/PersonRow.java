package jp.clearance.person.boundary;

import java.io.Serializable;

/** A line of the people list: names and employer only, no date of birth or nationality. */
public record PersonRow(Long id, String familyName, String givenName, String familyNameKana, String givenNameKana,
                        String latinName, Long employerId, String employerNameJa, String employerNameEn,
                        String sectionNameJa, String sectionNameEn, boolean active) implements Serializable {
}
