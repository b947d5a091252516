package jp.clearance.web.grievance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.grievance.boundary.AnonymousDesk;
import jp.clearance.grievance.boundary.Lodging;
import jp.clearance.grievance.boundary.OrganizationOption;
import jp.clearance.grievance.entity.GrievanceType;
import jp.clearance.grievance.entity.Ground;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;

/** The fields of a complaint form, shared by the named and the anonymous page; the pickers ask {@link AnonymousDesk}. */
public class LodgingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Choices employers = new Choices();
    private final Choices organs = new Choices();
    private GrievanceType type;
    private Ground ground;
    private Choice employer;
    private Choice organ;
    private LocalDate occurredOn;
    private String decidedBy;
    private String description;
    private String earlierCode;
    private Long relatedId;

    public Lodging toLodging(Long relatedId) {
        return new Lodging(type, ground, employer == null ? null : employer.id(), organ == null ? null : organ.id(),
                occurredOn, decidedBy, description, relatedId);
    }

    List<Choice> complete(AnonymousDesk desk, Ui ui, LocaleBacking locale, String text, OrganizationKind kind) {
        List<Choice> choices = desk.organizations(text, kind).stream().map(o -> choice(o, ui, locale)).toList();
        return (kind == null ? employers : organs).offer(choices);
    }

    /** Sets the employer (the complainant's own, from their record), offered by the picker as well. */
    void prefillEmployer(OrganizationOption o, Ui ui, LocaleBacking locale) {
        Choice c = choice(o, ui, locale);
        employers.offer(List.of(c));
        employer = c;
    }

    private static Choice choice(OrganizationOption o, Ui ui, LocaleBacking locale) {
        return new Choice(o.id(), ui.text("picker.organization", o.code(), locale.name(o.nameJa(), o.nameEn())));
    }

    public boolean isAboutEvaluation() {
        return type != null && type.isAboutEvaluation();
    }

    public GrievanceType[] getTypes() { return GrievanceType.values(); }
    public Ground[] getGrounds() { return new Ground[] {Ground.REFUSED_CONSENT, Ground.WITHDREW_CONSENT,
            Ground.EVALUATION_RESULT, Ground.HAVING_COMPLAINED}; }
    public Choices getEmployers() { return employers; }
    public Choices getOrgans() { return organs; }
    public GrievanceType getType() { return type; }
    public void setType(GrievanceType type) { this.type = type; }
    public Ground getGround() { return ground; }
    public void setGround(Ground ground) { this.ground = ground; }
    public Choice getEmployer() { return employer; }
    public void setEmployer(Choice employer) { this.employer = employer; }
    public Choice getOrgan() { return organ; }
    public void setOrgan(Choice organ) { this.organ = organ; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getRelatedId() { return relatedId; }
    public void setRelatedId(Long relatedId) { this.relatedId = relatedId; }
    public String getEarlierCode() { return earlierCode; }
    public void setEarlierCode(String earlierCode) { this.earlierCode = earlierCode; }
}
