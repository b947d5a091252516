package jp.clearance.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.clearance.designation.boundary.DesignationFilter;
import jp.clearance.designation.boundary.DesignationRow;
import jp.clearance.designation.boundary.Designations;
import jp.clearance.designation.entity.DesignationStatus;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Level;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;

/** /designation/designations.xhtml: the designation register (指定管理簿), paged and filtered; CSV export. */
@Named
@ViewScoped
public class DesignationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Designations designations;

    @Inject
    ReferenceData referenceData;

    @Inject
    ApplicationClock clock;

    @Inject
    LocaleBacking locale;

    @Inject
    Ui ui;

    private String text;
    private String levelCode;
    private DesignationStatus status;
    private boolean expiringOnly;
    private PageModel<DesignationRow> model;
    private List<Level> levels;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> designations.search(filter(), page), DesignationRow::id);
        levels = referenceData.levels(clock.today());
    }

    private DesignationFilter filter() {
        return new DesignationFilter(text, levelCode, status, expiringOnly, null);
    }

    public void reset() {
        text = null;
        levelCode = null;
        status = null;
        expiringOnly = false;
    }

    /** Sends the register (as filtered) as a CSV file. */
    public void export() {
        String csv = ui.attempt(() -> designations.exportCsv(filter()), null);
        if (csv == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"designations.csv\"");
        try {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            external.getResponseOutputStream().write(bom);
            external.getResponseOutputStream().write(jp.clearance.web.platform.CsvHeaders.translate(ui.locale(), csv)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public DesignationStatus[] getStatuses() {
        return DesignationStatus.values();
    }

    /** The level's name in the user's language (the code when the level is no longer in force). */
    public String levelName(String code) {
        return levels.stream().filter(l -> l.getCode().equals(code)).map(l -> locale.name(l.getNameJa(), l.getNameEn()))
                .findFirst().orElse(code);
    }

    public List<Level> getLevels() { return levels; }
    public PageModel<DesignationRow> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public DesignationStatus getStatus() { return status; }
    public void setStatus(DesignationStatus status) { this.status = status; }
    public boolean isExpiringOnly() { return expiringOnly; }
    public void setExpiringOnly(boolean expiringOnly) { this.expiringOnly = expiringOnly; }
}
