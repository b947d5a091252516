package jp.clearance.web.incident;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import jp.clearance.incident.control.IncidentPdf;
import jp.clearance.web.platform.LocaleBacking;
import jp.clearance.web.platform.Messages;

/**
 * The incident texts (report, prison terms, amounts, timeline notes) from the portal's bundles in one language, days in
 * that language's format.
 */
public record IncidentTexts(Locale locale) implements IncidentPdf.Texts, Serializable {
    public IncidentTexts {
        locale = Messages.supported(locale);
    }

    @Override
    public String text(String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    @Override
    public String date(LocalDate day) {
        return LocaleBacking.format(locale, day);
    }

    @Override
    public String moment(java.time.LocalDateTime at) {
        return LocaleBacking.format(locale, at);
    }
}
