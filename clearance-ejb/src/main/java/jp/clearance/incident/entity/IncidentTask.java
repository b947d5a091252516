package jp.clearance.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.clearance.platform.persistence.Tracked;

/** A task of an incident: who does it and by when; overdue when not done by its due date. */
@Entity
@Table(name = "incident_task")
public class IncidentTask extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int TITLE_LENGTH = 300;
    public static final int ASSIGNEE_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "incident_task_seq", sequenceName = "incident_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_task_seq")
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = ASSIGNEE_LENGTH)
    @Column(nullable = false, length = ASSIGNEE_LENGTH)
    private String assignee;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = ASSIGNEE_LENGTH)
    private String doneBy;

    protected IncidentTask() {
    }

    public IncidentTask(long incidentId, String title, String assignee, LocalDate dueOn) {
        this.incidentId = incidentId;
        this.title = title == null ? null : title.trim();
        this.assignee = assignee == null ? null : assignee.trim();
        this.dueOn = dueOn;
    }

    public boolean isOverdueOn(LocalDate day) {
        return doneOn == null && day.isAfter(dueOn);
    }

    public void done(LocalDate on, String by) {
        this.doneOn = on;
        this.doneBy = by;
    }

    public Long getId() { return id; }
    public long getIncidentId() { return incidentId; }
    public String getTitle() { return title; }
    public String getAssignee() { return assignee; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getDoneBy() { return doneBy; }
}
