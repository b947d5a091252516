package jp.clearance.vetting.entity;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.clearance.platform.persistence.Tracked;

/** One section of a person's questionnaire: its answers as JSON ({@code {"entries":[{field: value}]}}). */
@Entity
@Table(name = "questionnaire_section")
public class QuestionnaireSection extends Tracked {
    private static final long serialVersionUID = 1L;
    public static final int CONTENT_LENGTH = 30000;

    @Id
    @SequenceGenerator(name = "questionnaire_section_seq", sequenceName = "questionnaire_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_section_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    private Evaluation evaluation;

    @NotNull
    @Size(max = 64)
    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @NotNull
    @Size(max = CONTENT_LENGTH)
    @Column(nullable = false, length = CONTENT_LENGTH)
    private String content;

    /** Saved without validation issues. */
    @Column(nullable = false)
    private boolean complete;

    protected QuestionnaireSection() {
    }

    public QuestionnaireSection(Evaluation evaluation, String code) {
        this.evaluation = evaluation;
        this.code = code;
    }

    public Long getId() { return id; }
    public Evaluation getEvaluation() { return evaluation; }
    public String getCode() { return code; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public boolean isComplete() { return complete; }
    public void setComplete(boolean complete) { this.complete = complete; }
}
