package jp.clearance.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.person.boundary.People;
import jp.clearance.person.boundary.PersonFilter;
import jp.clearance.person.boundary.PersonRow;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.PageModel;

/** /admin/people.xhtml: the paged, sortable, filterable list of people. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    Pickers pickers;

    private String name;
    private Choice employer;
    private Boolean active = Boolean.TRUE;
    private final Choices employers = new Choices();
    private PageModel<PersonRow> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> people.search(
                new PersonFilter(name, employer == null ? null : employer.id(), active), page), PersonRow::id);
    }

    public void reset() {
        name = null;
        employer = null;
        active = Boolean.TRUE;
    }

    public List<Choice> completeEmployer(String text) {
        return employers.offer(pickers.organizations(text));
    }

    public PageModel<PersonRow> getModel() { return model; }
    public Choices getEmployers() { return employers; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Choice getEmployer() { return employer; }
    public void setEmployer(Choice employer) { this.employer = employer; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}
