package jp.clearance.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.Section;
import jp.clearance.person.boundary.People;
import jp.clearance.person.entity.Person;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.Ui;

/**
 * /admin/person.xhtml: create or edit a person (employer picked among active organizations, section among the
 * employer's sections); deactivate or reactivate them. Opening an existing record is an audited read.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Recorded in the audit trail with every read this page makes. */
    static final String READ_PURPOSE = "administration: maintain the person record (/admin/person)";

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Inject
    Pickers pickers;

    @Inject
    Ui ui;

    private Long id;
    private Person person;
    private Choice employer;
    private Long sectionId;
    /** The section saved on the record: offered even if it has been deactivated since. */
    private Long savedSectionId;
    private List<Section> sections = List.of();
    private final Choices employers = new Choices();

    /** Loads the person named by the view parameter (an audited read), or starts a new one. */
    public void load() {
        if (person != null) {
            return;
        }
        if (id == null) {
            person = new Person();
            return;
        }
        person = ui.attempt(() -> people.read(id, READ_PURPOSE), null);
        if (person != null) {
            employer = employers.remember(pickers.organization(person.getEmployer()));
            savedSectionId = person.getSection() == null ? null : person.getSection().getId();
            sectionId = savedSectionId;
            loadSections();
        }
    }

    /** A new employer: its sections are offered and the section chosen for the previous one is cleared. */
    public void employerChanged() {
        sectionId = null;
        loadSections();
    }

    private void loadSections() {
        sections = employer == null ? List.of() : organizations.selectableSections(employer.id(), savedSectionId);
    }

    public List<Choice> completeEmployer(String text) {
        return employers.offer(pickers.organizations(text));
    }

    public String save() {
        boolean isNew = person.getId() == null;
        long employerId = employer.id();
        Person saved = ui.attempt(() -> isNew ? people.create(person, employerId, sectionId)
                : people.update(person, employerId, sectionId), "common.saved");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/person?faces-redirect=true&id=" + saved.getId();
    }

    public String setActive(boolean active) {
        Person saved = ui.attempt(() -> people.setActive(person.getId(), active),
                active ? "common.reactivated" : "common.deactivated");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/person?faces-redirect=true&id=" + saved.getId();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Person getPerson() { return person; }
    public Choice getEmployer() { return employer; }
    public void setEmployer(Choice employer) { this.employer = employer; }
    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public List<Section> getSections() { return sections; }
    public Choices getEmployers() { return employers; }
}
