package jp.clearance.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.organization.boundary.Organizations;
import jp.clearance.organization.entity.Organization;
import jp.clearance.organization.entity.OrganizationKind;
import jp.clearance.organization.entity.Section;
import jp.clearance.web.platform.Ui;

/** /admin/organization.xhtml: create or edit an organization and its sections; deactivate or reactivate it. */
@Named
@ViewScoped
public class OrganizationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Organizations organizations;

    @Inject
    Ui ui;

    private Long id;
    private Organization organization;
    private List<Section> sections = List.of();
    private Section section;

    /** Loads the organization named by the view parameter, or starts a new one. */
    public void load() {
        if (organization != null) {
            return;
        }
        if (id == null) {
            organization = new Organization();
            organization.setKind(OrganizationKind.ORGAN);
            return;
        }
        organization = ui.attempt(() -> organizations.find(id), null);
        if (organization != null) {
            sections = organizations.sections(id);
        }
    }

    public String save() {
        boolean isNew = organization.getId() == null;
        Organization saved = ui.attempt(() -> isNew ? organizations.create(organization)
                : organizations.update(organization.getId(), organization), "common.saved");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/organization?faces-redirect=true&id=" + saved.getId();
    }

    public String setActive(boolean active) {
        Organization saved = ui.attempt(() -> organizations.setActive(organization.getId(), active),
                active ? "common.reactivated" : "common.deactivated");
        if (saved == null) {
            return null;
        }
        ui.keepMessages();
        return "/admin/organization?faces-redirect=true&id=" + saved.getId();
    }

    public void newSection() {
        section = new Section(organization);
    }

    public void editSection(Section s) {
        section = s;
    }

    public void saveSection() {
        Section saved = ui.attempt(() -> organizations.saveSection(organization.getId(), section), "common.saved");
        if (saved != null) {
            sections = organizations.sections(organization.getId());
            section = null;
        }
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Organization getOrganization() { return organization; }
    public List<Section> getSections() { return sections; }
    public Section getSection() { return section; }
}
