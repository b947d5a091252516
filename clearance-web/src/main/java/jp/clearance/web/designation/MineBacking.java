package jp.clearance.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.clearance.designation.boundary.DesignationRow;
import jp.clearance.designation.boundary.Designations;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Level;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Ui;

/** /designation/mine.xhtml: the designated information whose handler register lists the caller (opening one is an audited read). */
@Named("designationMineBacking")
@ViewScoped
public class MineBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Designations designations;

    @Inject
    ReferenceData referenceData;

    @Inject
    LocaleBacking locale;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    private List<DesignationRow> rows = List.of();
    private List<Level> levels = List.of();

    @PostConstruct
    void init() {
        List<DesignationRow> found = ui.attempt(designations::mine, null);
        rows = found == null ? List.of() : found;
        levels = referenceData.levels(clock.today());
    }

    public String levelName(String code) {
        return levels.stream().filter(l -> l.getCode().equals(code)).map(l -> locale.name(l.getNameJa(), l.getNameEn()))
                .findFirst().orElse(code);
    }

    public List<DesignationRow> getRows() { return rows; }
}
