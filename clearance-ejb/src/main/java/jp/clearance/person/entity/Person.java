package jp.clearance.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.control.NameSearch;
import jp.clearance.platform.persistence.Tracked;

/** A person who may be vetted: a civil servant or an employee of a conforming entity. Personal data. */
@Entity
@Table(name = "person")
public class Person extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 100;
    public static final int LATIN_LENGTH = 200;
    public static final int NATIONALITIES_LENGTH = 64;
    public static final int STAFF_NUMBER_LENGTH = 32;

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "family_name", nullable = false, length = NAME_LENGTH)
    private String familyName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "given_name", nullable = false, length = NAME_LENGTH)
    private String givenName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Pattern(regexp = "[\\u30A0-\\u30FF\\u3000 ]+", message = "{jp.clearance.kana.pattern}")
    @Column(name = "family_name_kana", nullable = false, length = NAME_LENGTH)
    private String familyNameKana;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Pattern(regexp = "[\\u30A0-\\u30FF\\u3000 ]+", message = "{jp.clearance.kana.pattern}")
    @Column(name = "given_name_kana", nullable = false, length = NAME_LENGTH)
    private String givenNameKana;

    @Size(max = LATIN_LENGTH)
    @Pattern(regexp = "[A-Za-z .'-]*", message = "{jp.clearance.latin.pattern}")
    @Column(name = "latin_name", length = LATIN_LENGTH)
    private String latinName;

    /** Search keys ({@link NameSearch}), derived from the readings and the Latin name by {@link #rekey()} only. */
    @Column(name = "name_kana_key", nullable = false, length = NameSearch.KANA_KEY_LENGTH)
    private String nameKanaKey;

    @Column(name = "name_latin_key", length = NameSearch.LATIN_KEY_LENGTH)
    private String nameLatinKey;

    @Column(name = "name_latin_reversed_key", length = NameSearch.LATIN_KEY_LENGTH)
    private String nameLatinReversedKey;

    @NotNull
    @Past
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    /** ISO 3166-1 alpha-2 codes, comma separated, e.g. {@code JP} or {@code JP,US}. */
    @NotBlank
    @Size(max = NATIONALITIES_LENGTH)
    @Pattern(regexp = "[A-Z]{2}(,[A-Z]{2})*", message = "{jp.clearance.nationalities.pattern}")
    @Column(nullable = false, length = NATIONALITIES_LENGTH)
    private String nationalities;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Organization employer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private Section section;

    @Size(max = STAFF_NUMBER_LENGTH)
    @Column(name = "staff_number", length = STAFF_NUMBER_LENGTH)
    private String staffNumber;

    @Column(nullable = false)
    private boolean active = true;

    public Long getId() { return id; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyNameKana() { return familyNameKana; }
    public void setFamilyNameKana(String familyNameKana) {
        this.familyNameKana = familyNameKana;
        rekey();
    }
    public String getGivenNameKana() { return givenNameKana; }
    public void setGivenNameKana(String givenNameKana) {
        this.givenNameKana = givenNameKana;
        rekey();
    }
    public String getLatinName() { return latinName; }
    public void setLatinName(String latinName) {
        this.latinName = latinName;
        rekey();
    }
    public String getNameKanaKey() { return nameKanaKey; }
    public String getNameLatinKey() { return nameLatinKey; }
    public String getNameLatinReversedKey() { return nameLatinReversedKey; }

    /** Keeps the search keys: every setter of a name they come from calls it. */
    private void rekey() {
        NameSearch.Keys keys = NameSearch.keys(familyNameKana, givenNameKana, latinName);
        nameKanaKey = keys.kana();
        nameLatinKey = keys.latin();
        nameLatinReversedKey = keys.latinReversed();
    }

    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getNationalities() { return nationalities; }
    public void setNationalities(String nationalities) {
        this.nationalities = nationalities == null ? null : nationalities.replace(" ", "").toUpperCase();
    }
    public List<String> nationalityList() {
        return nationalities == null ? List.of() : Arrays.asList(nationalities.split(","));
    }
    public Organization getEmployer() { return employer; }
    public void setEmployer(Organization employer) { this.employer = employer; }
    public Section getSection() { return section; }
    public void setSection(Section section) { this.section = section; }
    public String getStaffNumber() { return staffNumber; }
    public void setStaffNumber(String staffNumber) { this.staffNumber = staffNumber; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    public String fullName() {
        return familyName + " " + givenName;
    }
}
