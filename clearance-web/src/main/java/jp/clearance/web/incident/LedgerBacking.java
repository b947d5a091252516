package jp.clearance.web.incident;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.clearance.incident.boundary.ChargeRow;
import jp.clearance.incident.boundary.Charges;
import jp.clearance.incident.boundary.LedgerFilter;
import jp.clearance.incident.boundary.LedgerTotals;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.PageModel;
import jp.clearance.web.platform.Ui;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /incident/ledger.xhtml: every imposed penalty against its statutory maximum; totals of fines imposed, paid and
 * outstanding for people and companies (computed by the boundary in the database); CSV.
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Charges charges;

    @Inject
    Ui ui;

    @Inject
    LocaleBacking locale;

    private Boolean corporate;
    private Integer year;
    private PageModel<ChargeRow> model;
    private List<LedgerTotals> totals;

    @PostConstruct
    void init() {
        model = new PageModel<>(page -> charges.ledger(new LedgerFilter(corporate, year), page), ChargeRow::id);
    }

    /** The totals for the current filter (one aggregate query per rendering of the table). */
    public List<LedgerTotals> getTotals() {
        if (totals == null) {
            List<LedgerTotals> found = ui.attempt(() -> charges.ledgerTotals(new LedgerFilter(corporate, year)), null);
            totals = found == null ? List.of() : found;
        }
        return totals;
    }

    /** Called by the search button: the totals follow the new filter. */
    public void search() {
        totals = null;
    }

    public String term(Integer months) {
        return new IncidentTexts(locale.getLocale()).term(months);
    }

    public String yen(Long amount) {
        return new IncidentTexts(locale.getLocale()).yen(amount);
    }

    public void reset() {
        totals = null;
        corporate = null;
        year = null;
    }

    /** The ledger as CSV with a byte-order mark, so spreadsheet programs read the Japanese names as UTF-8. */
    public StreamedContent getCsv() {
        String csv = ui.attempt(() -> charges.ledgerCsv(new LedgerFilter(corporate, year)), null);
        byte[] bytes = ("\uFEFF" + (csv == null ? "" : jp.clearance.web.platform.CsvHeaders.translate(ui.locale(), csv)))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("penalty-ledger.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public PageModel<ChargeRow> getModel() { return model; }
    public Boolean getCorporate() { return corporate; }
    public void setCorporate(Boolean corporate) { this.corporate = corporate; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
