package jp.clearance.vetting.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.clearance.platform.time.Dates;
import jp.clearance.vetting.control.QuestionnaireForm.Field;
import jp.clearance.vetting.control.QuestionnaireForm.FieldType;
import jp.clearance.vetting.control.QuestionnaireForm.Section;

/**
 * Checks the answers of a questionnaire section and says what is missing or wrong, as bundle keys
 * ({@code vetting.q.<rule>}) with arguments, so the person reads it in their language. The periods come from the
 * reference data: years of employment history to cover, the gap between jobs that is flagged, and the years of
 * foreign travel asked (older trips are flagged).
 * <p>
 * A gap in the employment history longer than the flagged length is an issue until the person explains what they did
 * in that period: each flagged {@link Gap} has an explanation of its own (keyed by {@link Gap#key()}, saved with the
 * section), and a gap with an explanation no longer keeps the section from being complete, so the questionnaire can
 * be submitted without inventing a job for the period.
 */
public final class QuestionnaireRules {

    /** One problem: in a section, an entry (0-based; -1 for the section itself) and a field (null for none). */
    public record Issue(String section, int entry, String field, String key, List<String> args) implements Serializable {
    }

    /**
     * A flagged gap in the employment history: from the last day covered by a job ({@code from}) to the first day of
     * the next job or today ({@code to}), {@code days} without a job in between.
     */
    public record Gap(LocalDate from, LocalDate to, long days) implements Serializable {
        /** The key of the gap's explanation: {@code 2020-03-31/2020-06-01}. */
        public String key() {
            return from + "/" + to;
        }
    }

    private final LocalDate today;
    private final int employmentYears;
    private final int gapDays;
    private final int travelYears;

    public QuestionnaireRules(LocalDate today, int employmentYears, int gapDays, int travelYears) {
        this.today = today;
        this.employmentYears = employmentYears;
        this.gapDays = gapDays;
        this.travelYears = travelYears;
    }

    public List<Issue> check(Section section, List<Map<String, String>> entries) {
        return check(section, entries, Map.of());
    }

    /**
     * The issues of a section; {@code explanations} are the person's explanations of the employment gaps (by
     * {@link Gap#key()}): a gap explained is not an issue.
     */
    public List<Issue> check(Section section, List<Map<String, String>> entries, Map<String, String> explanations) {
        List<Issue> issues = new ArrayList<>();
        if (!section.repeatable() && entries.size() != 1) {
            issues.add(new Issue(section.code(), -1, null, "vetting.q.missing", List.of()));
            return issues;
        }
        if (entries.size() > QuestionnaireForm.MAX_ENTRIES) {
            issues.add(new Issue(section.code(), -1, null, "vetting.q.tooMany",
                    List.of(Integer.toString(QuestionnaireForm.MAX_ENTRIES))));
            return issues;
        }
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(section, i, entries.get(i), issues);
        }
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> e = entries.get(i);
            for (Field f : section.fields()) {
                if (f.detailsFor() != null && "YES".equals(e.get(f.detailsFor())) && blank(e.get(f.name()))) {
                    issues.add(new Issue(section.code(), i, f.name(), "vetting.q.detailsRequired", List.of()));
                }
            }
        }
        if (QuestionnaireForm.EMPLOYMENT.equals(section.code()) && issues.isEmpty()) {
            checkEmployment(entries, explanations == null ? Map.of() : explanations, issues);
        }
        if (QuestionnaireForm.TRAVEL.equals(section.code())) {
            checkTravelWindow(entries, issues);
        }
        return issues;
    }

    private void checkEntry(Section section, int index, Map<String, String> entry, List<Issue> issues) {
        for (Field f : section.fields()) {
            String value = entry.get(f.name());
            if (blank(value)) {
                if (f.required()) {
                    issues.add(new Issue(section.code(), index, f.name(), "vetting.q.required", List.of()));
                }
                continue;
            }
            if (value.length() > QuestionnaireForm.TEXT_LENGTH) {
                issues.add(new Issue(section.code(), index, f.name(), "vetting.q.tooLong",
                        List.of(Integer.toString(QuestionnaireForm.TEXT_LENGTH))));
            } else if (f.type() == FieldType.DATE) {
                LocalDate d = parse(value);
                if (d == null) {
                    issues.add(new Issue(section.code(), index, f.name(), "vetting.q.date", List.of()));
                } else if (d.isAfter(today)) {
                    issues.add(new Issue(section.code(), index, f.name(), "vetting.q.future", List.of()));
                }
            } else if (f.type() == FieldType.CHOICE && !f.options().contains(value)) {
                issues.add(new Issue(section.code(), index, f.name(), "vetting.q.choice", List.of()));
            }
        }
        LocalDate from = parse(entry.get("from"));
        LocalDate to = parse(entry.get("to"));
        if (from != null && to != null && to.isBefore(from)) {
            issues.add(new Issue(section.code(), index, "to", "vetting.q.order", List.of()));
        }
    }

    /**
     * The jobs must reach back {@code employmentYears} from today, and gaps between them (and after the last one, up to
     * today) longer than {@code gapDays} are flagged unless explained.
     */
    private void checkEmployment(List<Map<String, String>> entries, Map<String, String> explanations,
                                 List<Issue> issues) {
        if (entries.isEmpty()) {
            issues.add(new Issue(QuestionnaireForm.EMPLOYMENT, -1, null, "vetting.q.noEmployment", List.of()));
            return;
        }
        LocalDate start = today.minusYears(employmentYears);
        LocalDate first = entries.stream().map(e -> parse(e.get("from"))).min(Comparator.naturalOrder()).orElseThrow();
        if (first.isAfter(start)) {
            issues.add(new Issue(QuestionnaireForm.EMPLOYMENT, -1, null, "vetting.q.coverage",
                    List.of(Integer.toString(employmentYears), start.toString())));
        }
        for (Gap gap : findGaps(entries)) {
            String explanation = explanations.get(gap.key());
            if (blank(explanation)) {
                issues.add(new Issue(QuestionnaireForm.EMPLOYMENT, -1, null, "vetting.q.gap",
                        List.of(gap.from().toString(), gap.to().toString(), Long.toString(gap.days()),
                                Integer.toString(gapDays))));
            } else if (explanation.length() > QuestionnaireForm.TEXT_LENGTH) {
                issues.add(new Issue(QuestionnaireForm.EMPLOYMENT, -1, null, "vetting.q.gapTooLong",
                        List.of(gap.from().toString(), gap.to().toString(),
                                Integer.toString(QuestionnaireForm.TEXT_LENGTH))));
            }
        }
    }

    /**
     * The flagged gaps of an employment history (each with its own explanation field): none while a job's dates cannot
     * be read (the dates' own issues come first).
     */
    public List<Gap> gaps(List<Map<String, String>> entries) {
        for (Map<String, String> e : entries) {
            if (parse(e.get("from")) == null || (!blank(e.get("to")) && parse(e.get("to")) == null)) {
                return List.of();
            }
        }
        return entries.isEmpty() ? List.of() : findGaps(entries);
    }

    private List<Gap> findGaps(List<Map<String, String>> entries) {
        record Job(LocalDate from, LocalDate to) {
        }
        List<Job> jobs = entries.stream().map(e -> new Job(parse(e.get("from")),
                        blank(e.get("to")) ? today : parse(e.get("to"))))
                .sorted(Comparator.comparing(Job::from)).toList();
        LocalDate start = today.minusYears(employmentYears);
        List<Gap> gaps = new ArrayList<>();
        LocalDate coveredUntil = jobs.get(0).to();
        for (int i = 1; i < jobs.size(); i++) {
            Job next = jobs.get(i);
            long gap = ChronoUnit.DAYS.between(coveredUntil, next.from()) - 1;
            if (gap > gapDays && !next.from().isBefore(start)) {
                gaps.add(new Gap(coveredUntil, next.from(), gap));
            }
            if (next.to().isAfter(coveredUntil)) {
                coveredUntil = next.to();
            }
        }
        long tail = ChronoUnit.DAYS.between(coveredUntil, today);
        if (tail > gapDays) {
            gaps.add(new Gap(coveredUntil, today, tail));
        }
        return gaps;
    }

    /**
     * Only the trips of the last {@code travelYears} are asked: a trip that ended before that is flagged, so nothing
     * beyond what the questionnaire asks is collected.
     */
    private void checkTravelWindow(List<Map<String, String>> entries, List<Issue> issues) {
        LocalDate start = today.minusYears(travelYears);
        for (int i = 0; i < entries.size(); i++) {
            LocalDate to = parse(entries.get(i).get("to"));
            if (to != null && to.isBefore(start)) {
                issues.add(new Issue(QuestionnaireForm.TRAVEL, i, "to", "vetting.q.beforeWindow",
                        List.of(Integer.toString(travelYears), start.toString())));
            }
        }
    }

    /** A date answer as {@link Dates#parse} reads it (1980/04/01, 1980-04-01, 19800401), or null. */
    static LocalDate parse(String value) {
        return blank(value) ? null : Dates.parse(value).orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
