package jp.clearance.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.clearance.organization.boundary.OrganizationFilter;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.web.platform.PageModel;

/** /admin/organizations.xhtml: the paged, sortable, filterable list of organizations. */
@Named
@ViewScoped
public class OrganizationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Organizations organizations;

    private String text;
    private OrganizationKind kind;
    private Boolean active = Boolean.TRUE;
    private PageModel<Organization> model;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> organizations.search(new OrganizationFilter(text, kind, active), page),
                Organization::getId);
    }

    public void reset() {
        text = null;
        kind = null;
        active = Boolean.TRUE;
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public PageModel<Organization> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}
