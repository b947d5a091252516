package jp.clearance.web.designation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.designation.boundary.Trainings;
import jp.clearance.person.entity.TrainingRecord;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.Ui;

/**
 * /designation/trainings.xhtml (administrators; security officers for their organization's people): a person's
 * security training records, and adding one (the boundary re-checks the person's registers when a validity changes).
 */
@Named
@ViewScoped
public class TrainingsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Trainings trainings;

    @Inject
    Pickers pickers;

    @Inject
    Ui ui;

    private Choice person;
    private final Choices people = new Choices();
    private List<TrainingRecord> records = List.of();

    private String course;
    private LocalDate completedOn;
    private LocalDate validUntil;

    public List<Choice> completePerson(String text) {
        return people.offer(pickers.people(text));
    }

    /** Shows the chosen person's records. */
    public void personChanged() {
        List<TrainingRecord> found = person == null ? null : ui.attempt(() -> trainings.of(person.id()), null);
        records = found == null ? List.of() : found;
    }

    public void add() {
        if (person == null) {
            ui.error("designation_trainings.choosePerson");
            return;
        }
        long personId = person.id();
        if (ui.attempt(() -> trainings.add(personId, course, completedOn, validUntil), "common.saved") != null) {
            course = null;
            completedOn = null;
            validUntil = null;
            personChanged();
        }
    }

    public Choice getPerson() { return person; }
    public void setPerson(Choice person) { this.person = person; }
    public Choices getPeople() { return people; }
    public List<TrainingRecord> getRecords() { return records; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
