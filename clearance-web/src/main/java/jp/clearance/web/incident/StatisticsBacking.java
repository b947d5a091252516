package jp.clearance.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.clearance.incident.boundary.Charges;
import jp.clearance.incident.boundary.StatisticsLine;
import jp.clearance.web.platform.Ui;

/** /incident/statistics.xhtml: incident counts by level, category, channel, organ, outcome and year. */
@Named("incidentStatisticsBacking")
@ViewScoped
public class StatisticsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<String> DIMENSIONS = List.of("LEVEL", "CATEGORY", "CHANNEL", "ORGAN", "OUTCOME", "YEAR");

    @Inject
    Charges charges;

    @Inject
    Ui ui;

    private Integer year;
    private Map<String, List<StatisticsLine>> lines;

    public void load() {
        List<StatisticsLine> all = ui.attempt(() -> charges.statistics(year), null);
        lines = all == null ? Map.of() : all.stream().collect(Collectors.groupingBy(StatisticsLine::dimension,
                TreeMap::new, Collectors.toList()));
    }

    public List<String> getDimensions() {
        return DIMENSIONS;
    }

    public List<StatisticsLine> lines(String dimension) {
        if (lines == null) {
            load();
        }
        return lines.getOrDefault(dimension, List.of());
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
