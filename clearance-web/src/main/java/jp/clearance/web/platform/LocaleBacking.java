package jp.clearance.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import jp.clearance.platform.time.Dates;

/** The user's language: Japanese by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale JAPANESE = Locale.JAPANESE;

    private Locale locale = JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches the language and reloads the current page (with its view parameters) in it. */
    public String change(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : JAPANESE;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A day ({@code LocalDate}) or a moment ({@code LocalDateTime}) in the user's format ({@link Dates}), for dates
     * inside a longer text; a value standing alone is converted by {@link DateConverter}. Empty for {@code null}.
     */
    public String date(Object value) {
        return format(locale, value);
    }

    /** {@link #date} in a given language (the same formats; also used outside a request). */
    public static String format(Locale locale, Object value) {
        return Dates.format(value, locale);
    }

    /** A day with the Japanese era in Japanese (令和8年12月3日), in the English format in English. */
    public String era(LocalDate value) {
        return Dates.era(value, locale);
    }

    /** Picks the Japanese or English name of a bilingual record. */
    public String name(String ja, String en) {
        return isEnglish() && en != null ? en : ja;
    }
}
