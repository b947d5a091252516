package jp.clearance.web.grievance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.clearance.grievance.boundary.GrievanceStatistics;
import jp.clearance.grievance.boundary.Grievances;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.web.platform.Ui;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** /grievance/statistics.xhtml: counts by type, employer, outcome and channel, times, and the CSV export. */
@Named("grievanceStatisticsBacking")
@ViewScoped
public class StatisticsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Grievances grievances;

    @Inject
    ApplicationClock clock;

    @Inject
    Ui ui;

    private LocalDate from;
    private LocalDate to;
    private GrievanceStatistics statistics;

    @PostConstruct
    void init() {
        to = clock.today();
        from = to.withDayOfYear(1);
        show(); // the year so far, at once (issue 12: the page was blank until the button was pressed)
    }

    public void show() {
        statistics = ui.attempt(() -> grievances.statistics(from, to), null);
    }

    /** The CSV for the annual report (UTF-8 with a byte-order mark, so spreadsheet programs read the Japanese). */
    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name("grievances-" + from + "-" + to + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(("\uFEFF" + jp.clearance.web.platform.CsvHeaders.translate(
                        ui.locale(), grievances.exportCsv(from, to))).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public GrievanceStatistics getStatistics() { return statistics; }
}
