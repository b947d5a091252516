package jp.clearance.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.designation.boundary.CertificationFilter;
import jp.clearance.designation.boundary.Certifications;
import jp.clearance.designation.entity.Certification;
import jp.clearance.designation.entity.CertificationStatus;
import jp.clearance.organization.boundary.OrganizationFilter;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.platform.persistence.PageRequest;
import jp.clearance.web.admin.Pickers;
import jp.clearance.web.platform.Choice;
import jp.clearance.web.platform.Choices;
import jp.clearance.web.platform.PageModel;

/** /designation/certifications.xhtml: the organ's conforming-entity certifications, paged, filtered by entity and status. */
@Named
@ViewScoped
public class CertificationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Certifications certifications;

    @Inject
    Organizations organizations;

    @Inject
    Pickers pickers;

    private Choice entity;
    private final Choices entities = new Choices();
    private CertificationStatus status;
    private PageModel<Certification> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> certifications.search(new CertificationFilter(entity == null ? null : entity.id(),
                status), page), Certification::getId);
    }

    /** Active business entities whose code or name starts with the text. */
    public List<Choice> completeEntity(String text) {
        return entities.offer(entities(organizations, pickers, text));
    }

    static List<Choice> entities(Organizations organizations, Pickers pickers, String text) {
        return organizations.search(new OrganizationFilter(text, OrganizationKind.ENTITY, Boolean.TRUE),
                new PageRequest(0, Pickers.SUGGESTIONS, "code", true)).items().stream().map(pickers::organization).toList();
    }

    public void reset() {
        entity = null;
        status = null;
    }

    public CertificationStatus[] getStatuses() {
        return CertificationStatus.values();
    }

    public PageModel<Certification> getModel() { return model; }
    public Choice getEntity() { return entity; }
    public void setEntity(Choice entity) { this.entity = entity; }
    public Choices getEntities() { return entities; }
    public CertificationStatus getStatus() { return status; }
    public void setStatus(CertificationStatus status) { this.status = status; }
}
