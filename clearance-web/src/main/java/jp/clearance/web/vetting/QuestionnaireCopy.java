package jp.clearance.web.vetting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.clearance.platform.pdf.PdfPages;
import jp.clearance.vetting.boundary.SectionView;
import jp.clearance.vetting.boundary.SubmittedQuestionnaire;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.vetting.control.QuestionnaireRules;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Messages;

/**
 * The copy of a submitted questionnaire that the person keeps (A4 PDF, in their language): who, which evaluation,
 * when it was submitted, then every section with each entry's fields as labelled on the form, the choices in words,
 * days in the reader's format, and the explanations of flagged employment gaps.
 */
final class QuestionnaireCopy {
    private QuestionnaireCopy() {
    }

    /**
     * @param surveyNames the survey items' names in the reader's language, by code
     * @param level       the level's name in the reader's language
     */
    static byte[] pdf(Locale locale, SubmittedQuestionnaire q, Map<String, String> surveyNames, String level) {
        Function<String, String> text = key -> Messages.text(locale, key);
        String title = text.apply("vetting_copy.title");
        return PdfPages.render(title, 50, page -> {
            page.line(title, 15, true);
            page.skip(8);
            page.paragraph(Messages.text(locale, "vetting_copy.who", q.personName(), q.evaluationId()), 10, false);
            page.paragraph(Messages.text(locale, "vetting_copy.level", level,
                    "en".equals(locale.getLanguage()) && q.organNameEn() != null ? q.organNameEn() : q.organNameJa()),
                    10, false);
            page.paragraph(Messages.text(locale, "vetting_copy.submitted",
                    LocaleBacking.format(locale, q.submittedAt())), 10, false);
            page.paragraph(text.apply("vetting_copy.note"), 9, false);
            for (SectionView s : q.sections()) {
                page.skip(10);
                String survey = surveyNames.get(s.code());
                page.line(survey != null ? text.apply("vetting.section.SURVEY") + ": " + survey
                        : text.apply("vetting.section." + s.code()), 12, false);
                if (s.entries().isEmpty()) {
                    page.paragraph(text.apply("vetting_copy.noEntries"), 10, false);
                }
                int n = 0;
                for (Map<String, String> entry : s.entries()) {
                    n++;
                    if (s.section().repeatable()) {
                        page.paragraph(Messages.text(locale, "vetting_copy.entry", n), 10, false);
                    }
                    for (QuestionnaireForm.Field f : s.section().fields()) {
                        String value = entry.get(f.name());
                        page.paragraph("  " + FieldLabels.of(locale, f) + ": "
                                + shown(locale, f, value), 10, false);
                    }
                }
                for (QuestionnaireRules.Gap gap : s.gaps()) {
                    page.paragraph(Messages.text(locale, "vetting_questionnaire.gapExplanation", gap.from(), gap.to(),
                            gap.days()) + ": " + s.explanation(gap), 10, false);
                }
            }
        });
    }

    private static String shown(Locale locale, QuestionnaireForm.Field f, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return switch (f.type()) {
            case CHOICE -> Messages.text(locale, "vetting.option." + value);
            case DATE -> LocaleBacking.format(locale, value);
            default -> value;
        };
    }

    /** The survey items' names, for {@link #pdf}. */
    static Map<String, String> names(List<jp.clearance.reference.entity.SurveyItem> items, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> names = new java.util.HashMap<>();
        items.forEach(i -> names.put(i.getCode(), english && i.getNameEn() != null ? i.getNameEn() : i.getNameJa()));
        return names;
    }
}
