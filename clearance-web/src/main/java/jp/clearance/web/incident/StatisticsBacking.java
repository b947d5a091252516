package jp.clearance.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.clearance.incident.boundary.Charges;
import jp.clearance.incident.boundary.StatisticsLine;
import jp.clearance.platform.time.ApplicationClock;
import jp.clearance.reference.boundary.ReferenceData;
import jp.clearance.reference.entity.Act;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.OrganizationNames;
import jp.clearance.web.platform.Ui;
import jp.clearance.web.vetting.LevelLabels;

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

    @Inject
    LevelLabels levels;

    @Inject
    OrganizationNames organizations;

    @Inject
    ReferenceData referenceData;

    @Inject
    ApplicationClock clock;

    @Inject
    LocaleBacking locale;

    private Integer year;
    private Map<String, List<StatisticsLine>> lines;

    public void load() {
        List<StatisticsLine> all = ui.attempt(() -> charges.statistics(year), null);
        lines = all == null ? Map.of() : all.stream().collect(Collectors.groupingBy(StatisticsLine::dimension,
                TreeMap::new, Collectors.toList()));
    }

    /** A key of the level, category and organ counts by its name in the user's language (years as they are). */
    public String label(String dimension, String key) {
        return switch (dimension) {
            case "LEVEL" -> levels.name(key);
            case "ORGAN" -> organizations.name(key);
            case "CATEGORY" -> Arrays.stream(Act.values())
                    .flatMap(a -> referenceData.categories(a, clock.today()).stream())
                    .filter(c -> c.getCode().equals(key)).findFirst()
                    .map(c -> locale.name(c.getNameJa(), c.getNameEn())).orElse(key);
            default -> key;
        };
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
