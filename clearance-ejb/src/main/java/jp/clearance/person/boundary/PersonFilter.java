package jp.clearance.person.boundary;

import java.io.Serializable;

/** Filter for the people list: name prefix (kanji, kana or latin), employer, active. All optional. */
public record PersonFilter(String name, Long employerId, Boolean active) implements Serializable {
    public static PersonFilter all() {
        return new PersonFilter(null, null, null);
    }
}
