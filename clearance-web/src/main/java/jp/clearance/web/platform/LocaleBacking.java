package jp.clearance.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import jp.clearance.account.boundary.Languages;
import jp.clearance.account.control.LanguagePreference;
import jp.clearance.platform.time.Dates;

/**
 * The user's language, kept for the session, by {@link LanguagePreference}: the one stored with the user's account
 * (applied at the first request after login), else the one last chosen on this browser (a cookie kept for a year),
 * else the first of Japanese or English that the browser asks for (Accept-Language), else Japanese. Switching stores
 * the choice with the account ({@link Languages}; a switch on the login page is stored at the login that follows,
 * as the user's latest choice) and in the cookie.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale JAPANESE = Locale.JAPANESE;

    /** The cookie that remembers the chosen language ({@code ja} or {@code en}). */
    public static final String COOKIE = "clearance.lang";
    private static final int COOKIE_AGE_SECONDS = 365 * 24 * 60 * 60;

    @Inject
    Languages languages;

    private Locale locale = JAPANESE;
    /** Whether the language stored with the signed-in user's account has been looked up (once a session). */
    private boolean accountApplied;
    /** A language chosen in this session before login (on the login page): the user's choice, stored at login. */
    private String chosenBeforeLogin;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            ExternalContext external = context.getExternalContext();
            Object cookie = external.getRequestCookieMap().get(COOKIE);
            String chosen = cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null;
            // without an Accept-Language header the container answers its own default locale: that is no preference
            String accept = external.getRequestHeaderMap().get("Accept-Language");
            locale = of(LanguagePreference.resolve(null, chosen,
                    accept == null || accept.isBlank() ? null : external.getRequestLocales()));
        }
    }

    /**
     * Once signed in, the language stored with the account comes first (the first request after login looks it up);
     * an account without one keeps the language the session already speaks.
     */
    private void applyAccount() {
        if (accountApplied) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getExternalContext().getUserPrincipal() == null) {
            return;
        }
        accountApplied = true;
        try {
            if (chosenBeforeLogin != null) {
                languages.choose(chosenBeforeLogin); // chosen on the login page: the latest choice of this user
            } else {
                String stored = languages.chosen();
                if (stored != null) {
                    locale = of(stored);
                }
            }
        } catch (jakarta.ejb.EJBException | jp.clearance.platform.NotFoundException e) {
            // no portal account behind this login (or no portal role): the session's language stays
        }
    }

    private static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : JAPANESE;
    }

    /** The first of Japanese or English among the browser's languages (in its order of preference), else Japanese. */
    static Locale preferred(Iterator<Locale> requested) {
        while (requested != null && requested.hasNext()) {
            Locale l = requested.next();
            if ("ja".equals(l.getLanguage())) {
                return JAPANESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return JAPANESE;
    }

    public Locale getLocale() {
        applyAccount();
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** Switches the language and reloads the current page (with its view parameters) in it. */
    public String change(String language) {
        locale = of(language);
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getExternalContext().getUserPrincipal() != null) {
            languages.choose(locale.getLanguage()); // remembered with the account, for every browser and login
            accountApplied = true;
        } else {
            chosenBeforeLogin = locale.getLanguage();
        }
        context.getViewRoot().setLocale(locale);
        context.getExternalContext().addResponseCookie(COOKIE, locale.getLanguage(), Map.of("maxAge", COOKIE_AGE_SECONDS,
                "path", context.getExternalContext().getRequestContextPath() + "/", "httpOnly", true, "SameSite", "Lax"));
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A day ({@code LocalDate}) or a moment ({@code LocalDateTime}) in the user's format ({@link Dates}), for dates
     * inside a longer text; a value standing alone is converted by {@link DateConverter}. Empty for {@code null}.
     */
    public String date(Object value) {
        return format(getLocale(), value);
    }

    /** {@link #date} in a given language (the same formats; also used outside a request). */
    public static String format(Locale locale, Object value) {
        return Dates.format(value, locale);
    }

    /** A day with the Japanese era in Japanese (令和8年12月3日), in the English format in English. */
    public String era(LocalDate value) {
        return Dates.era(value, getLocale());
    }

    /** Picks the Japanese or English name of a bilingual record. */
    public String name(String ja, String en) {
        return isEnglish() && en != null ? en : ja;
    }

    /** An article as the reference data writes it ({@code Art 23(1)}) in the user's language (第23条第1項). */
    public String article(String article) {
        return Messages.article(locale, article);
    }

    /** The Act (its code or enum) and the article in the user's language: both Acts have an Art 23(1). */
    public String provision(Object act, String article) {
        return act == null ? article(article)
                : Messages.provision(locale, new jp.clearance.platform.Provision(act.toString(), article));
    }
}
