package jp.clearance.vetting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    final QuestionnaireRules rules = new QuestionnaireRules(TODAY, 10, 30, 10);
    final List<QuestionnaireForm.Section> sections = QuestionnaireForm.sections(List.of(
            new QuestionnaireForm.SurveyArea("SURVEY_DRUGS"),
            new QuestionnaireForm.SurveyArea("SURVEY_FINANCES", List.of(
                    new QuestionnaireForm.Question("Q_FIN_DEBT", "借入れがありますか。", "Do you have a loan?"),
                    new QuestionnaireForm.Question("Q_FIN_ARREARS", "滞納したことがありますか。", "Any arrears?")))));

    QuestionnaireForm.Section section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    List<String> keys(List<QuestionnaireRules.Issue> issues) {
        return issues.stream().map(QuestionnaireRules.Issue::key).toList();
    }

    @Test
    void tenYearsWithoutGapsPass() {
        var issues = rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2014-04-01", "to", "2020-03-31", "employer", "A"),
                Map.of("from", "2020-04-15", "employer", "B")));
        assertEquals(List.of(), issues);
    }

    @Test
    void aGapOfMoreThan30DaysIsFlaggedWithItsDates() {
        var issues = rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2014-04-01", "to", "2020-03-31", "employer", "A"),
                Map.of("from", "2020-06-01", "employer", "B")));
        assertEquals(List.of("vetting.q.gap"), keys(issues));
        assertEquals(List.of("2020-03-31", "2020-06-01", "61", "30"), issues.get(0).args());
    }

    @Test
    void aGapOfExactly30DaysIsNotFlagged() {
        var issues = rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2014-04-01", "to", "2020-03-31", "employer", "A"),
                Map.of("from", "2020-05-01", "employer", "B")));
        assertEquals(List.of(), issues);
    }

    @Test
    void historyMustReachBackTenYearsAndUpToToday() {
        var issues = rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2019-04-01", "to", "2025-12-31", "employer", "A")));
        assertEquals(List.of("vetting.q.coverage", "vetting.q.gap"), keys(issues));
    }

    @Test
    void requiredFieldsDatesAndOrderAreChecked() {
        var issues = rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2020-13-01", "employer", ""),
                Map.of("from", "2021-01-01", "to", "2020-01-01", "employer", "X"),
                Map.of("from", "2027-01-01", "employer", "Y")));
        assertEquals(List.of("vetting.q.date", "vetting.q.required", "vetting.q.order", "vetting.q.future"), keys(issues));
        assertEquals(0, issues.get(0).entry());
        assertEquals("employer", issues.get(1).field());
    }

    @Test
    void onlyTripsOfTheLastTenYearsAreAskedOlderOnesAreFlagged() {
        var issues = rules.check(section("TRAVEL"), List.of(
                Map.of("from", "2015-08-01", "to", "2015-08-10", "country", "US"),
                Map.of("from", "2016-03-25", "to", "2016-04-01", "country", "KR"),
                Map.of("from", "2016-03-20", "to", "2016-03-31", "country", "TW")));
        assertEquals(List.of("vetting.q.beforeWindow", "vetting.q.beforeWindow"), keys(issues));
        assertEquals(0, issues.get(0).entry());
        assertEquals(2, issues.get(1).entry());
        assertEquals(List.of("10", "2016-04-01"), issues.get(0).args());
    }

    @Test
    void aYesInASurveyItemNeedsDetails() {
        assertEquals(List.of("vetting.q.detailsRequired"),
                keys(rules.check(section("SURVEY_DRUGS"), List.of(Map.of("answer", "YES")))));
        assertEquals(List.of(), rules.check(section("SURVEY_DRUGS"), List.of(Map.of("answer", "NO"))));
        assertEquals(List.of("vetting.q.choice"),
                keys(rules.check(section("SURVEY_DRUGS"), List.of(Map.of("answer", "MAYBE")))));
    }

    @Test
    void aSurveyItemAsksEachOfItsQuestionsAndEveryYesNeedsItsOwnDetails() {
        QuestionnaireForm.Section finances = section("SURVEY_FINANCES");
        assertEquals(List.of("Q_FIN_DEBT", "Q_FIN_DEBT_DETAILS", "Q_FIN_ARREARS", "Q_FIN_ARREARS_DETAILS"),
                finances.fields().stream().map(QuestionnaireForm.Field::name).toList());
        assertEquals("借入れがありますか。", finances.fields().get(0).labelJa());
        assertEquals("vetting.field.details", finances.fields().get(1).labelKey());
        assertEquals("Q_FIN_DEBT", finances.fields().get(1).detailsFor());

        var unanswered = rules.check(finances, List.of(Map.of("Q_FIN_DEBT", "NO")));
        assertEquals(List.of("vetting.q.required"), keys(unanswered));
        assertEquals("Q_FIN_ARREARS", unanswered.get(0).field());
        var yes = rules.check(finances, List.of(Map.of("Q_FIN_DEBT", "NO", "Q_FIN_ARREARS", "YES")));
        assertEquals(List.of("vetting.q.detailsRequired"), keys(yes));
        assertEquals("Q_FIN_ARREARS_DETAILS", yes.get(0).field());
        assertEquals(List.of(), rules.check(finances, List.of(Map.of("Q_FIN_DEBT", "NO", "Q_FIN_ARREARS", "YES",
                "Q_FIN_ARREARS_DETAILS", "2019年に家賃を4か月滞納し、完済済み"))));
    }

    @Test
    void aSingleSectionNeedsExactlyOneEntryAndFamilyMayBeEmpty() {
        assertEquals(List.of("vetting.q.missing"), keys(rules.check(section("IDENTITY"), List.of())));
        assertEquals(List.of(), rules.check(section("FAMILY"), List.of()));
        var family = rules.check(section("FAMILY"), List.of(Map.of("relation", "SPOUSE", "name", "山田 花子",
                "dateOfBirth", "1990-01-01", "nationality", "JP")));
        assertEquals(List.of("vetting.q.required"), keys(family));
        assertEquals("address", family.get(0).field());
    }

    @Test
    void theSurveySectionsFollowTheReferenceData() {
        assertEquals(8, sections.size());
        assertTrue(sections.get(6).survey());
        assertEquals("SURVEY_DRUGS", sections.get(6).code());
        assertEquals("SURVEY_FINANCES", sections.get(7).code());
    }

    @Test
    void datesAreReadInTheThreeForms() {
        var issues = rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2014/04/01", "to", "20200331", "employer", "A"),
                Map.of("from", "2020-04-15", "employer", "B")));
        assertEquals(List.of(), issues);
        assertEquals(List.of("vetting.q.date"), keys(rules.check(section("EMPLOYMENT"), List.of(
                Map.of("from", "2014/4/31", "employer", "A")))));
    }

    @Test
    void aFlaggedGapIsExplainedInItsOwnFieldAndThenNoLongerAnIssue() {
        List<Map<String, String>> jobs = List.of(
                Map.of("from", "2014-04-01", "to", "2020-03-31", "employer", "A"),
                Map.of("from", "2020-06-01", "to", "2025-12-31", "employer", "B"),
                Map.of("from", "2026-03-01", "employer", "C"));
        var gaps = rules.gaps(jobs);
        assertEquals(List.of("2020-03-31/2020-06-01", "2025-12-31/2026-03-01"),
                gaps.stream().map(QuestionnaireRules.Gap::key).toList());
        assertEquals(61, gaps.get(0).days());
        assertEquals(List.of("vetting.q.gap", "vetting.q.gap"), keys(rules.check(section("EMPLOYMENT"), jobs)));

        var one = rules.check(section("EMPLOYMENT"), jobs, Map.of("2020-03-31/2020-06-01", "求職中"));
        assertEquals(List.of("vetting.q.gap"), keys(one), "the other gap still asks");
        assertEquals("2025-12-31", one.get(0).args().get(0));
        assertEquals(List.of(), rules.check(section("EMPLOYMENT"), jobs,
                Map.of("2020-03-31/2020-06-01", "求職中", "2025-12-31/2026-03-01", "留学（英国）")));
        assertEquals(List.of("vetting.q.gap", "vetting.q.gap"), keys(rules.check(section("EMPLOYMENT"), jobs,
                Map.of("2020-03-31/2020-06-01", "  ", "2019-01-01/2019-03-01", "an old gap's text"))),
                "a blank text, or the text of another period, explains nothing");
        assertEquals(List.of("vetting.q.gapTooLong"), keys(rules.check(section("EMPLOYMENT"), jobs,
                Map.of("2020-03-31/2020-06-01", "x".repeat(1001), "2025-12-31/2026-03-01", "留学"))));
    }

    @Test
    void noGapsWhileADateCannotBeRead() {
        assertEquals(List.of(), rules.gaps(List.of(Map.of("from", "2014-04-01", "to", "2020-03-31"),
                Map.of("from", "令和2年6月1日"))));
        assertEquals(List.of(), rules.gaps(List.of()));
    }
}
