package jp.clearance.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

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

    /** Picks the Japanese or English name of a bilingual record. */
    public String name(String ja, String en) {
        return isEnglish() && en != null ? en : ja;
    }
}
