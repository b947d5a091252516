package jp.clearance.web.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import jp.clearance.vetting.control.QuestionnaireForm;
import jp.clearance.web.platform.Messages;
import jp.clearance.web.platform.Ui;

/**
 * The label of a questionnaire field in the reader's language: a survey question's text from the reference data, or the
 * bundle's text for the other fields. One place for the questionnaire page, the investigator's file and the PDF copy
 * ({@code #{fieldLabels.of(f)}} in a view).
 */
@Named
@ApplicationScoped
public class FieldLabels {
    @Inject
    Ui ui;

    public String of(QuestionnaireForm.Field field) {
        return of(ui.locale(), field);
    }

    public static String of(Locale locale, QuestionnaireForm.Field field) {
        if (field.labelJa() != null) {
            return "en".equals(locale.getLanguage()) && field.labelEn() != null ? field.labelEn() : field.labelJa();
        }
        return Messages.text(locale, field.labelKey());
    }
}
