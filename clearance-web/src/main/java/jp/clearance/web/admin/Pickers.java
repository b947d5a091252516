package jp.clearance.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.clearance.organization.boundary.OrganizationFilter;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.Organization;
import jp.clearance.person.boundary.People;
import jp.clearance.person.boundary.PersonFilter;
import jp.clearance.person.boundary.PersonRow;
import jp.clearance.person.entity.Person;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;

/**
 * What the administration pickers offer: active organizations and active people matching what was typed (a short
 * page from the boundary's search, never a whole table), labelled in the user's language.
 */
@ApplicationScoped
public class Pickers {
    /** How many suggestions an autocomplete shows; typing more narrows them down. */
    public static final int SUGGESTIONS = 20;

    @Inject
    Organizations organizations;

    @Inject
    People people;

    @Inject
    LocaleBacking locale;

    @Inject
    Ui ui;

    /** Active organizations whose code or name starts with the text (all active ones, first page, if it is empty). */
    public List<Choice> organizations(String text) {
        return organizations.search(new OrganizationFilter(text, null, Boolean.TRUE),
                        new PageRequest(0, SUGGESTIONS, "code", true))
                .items().stream().map(this::organization).toList();
    }

    public Choice organization(Organization o) {
        return o == null ? null
                : new Choice(o.getId(), ui.text("picker.organization", o.getCode(), locale.name(o.getNameJa(), o.getNameEn())));
    }

    /** Active people whose family name (kanji or katakana) or latin name starts with the text. */
    public List<Choice> people(String text) {
        return people.search(new PersonFilter(text, null, Boolean.TRUE), new PageRequest(0, SUGGESTIONS, null, true))
                .items().stream().map(this::person).toList();
    }

    /** Labelled with the name, its reading (katakana, or the Latin name in English) and the employer. */
    public Choice person(PersonRow p) {
        return new Choice(p.id(), ui.text("picker.person", p.familyName() + " " + p.givenName(),
                reading(p.familyNameKana(), p.givenNameKana(), p.latinName()),
                locale.name(p.employerNameJa(), p.employerNameEn())));
    }

    /** A person already linked to a record (the employer is not loaded, so the label omits it). */
    public Choice person(Person p) {
        return p == null ? null : new Choice(p.getId(), ui.text("picker.personShort", p.fullName(),
                reading(p.getFamilyNameKana(), p.getGivenNameKana(), p.getLatinName())));
    }

    private String reading(String familyKana, String givenKana, String latin) {
        return locale.name(familyKana + " " + givenKana, latin == null || latin.isBlank() ? null : latin);
    }
}
