package jp.clearance.web.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import jp.clearance.platform.time.Dates;

/** Texts of the portal and the API from the resource bundles, in Japanese (default) or English. */
public final class Messages {
    public static final String BUNDLE = "jp.clearance.web.i18n.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    /** Japanese unless English is asked for. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing message key " + key);
            pattern = key;
        }
        return args == null || args.length == 0 ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(dates(args, bundle.getLocale()));
    }

    /**
     * The arguments with their dates in the reader's format ({@link Dates}): {@code LocalDate}, {@code LocalDateTime}
     * and ISO days given as text (the EJB layer's messages carry dates so: 2026-12-03 becomes 2026/12/03 in Japanese).
     */
    private static Object[] dates(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate || out[i] instanceof LocalDateTime
                    || (out[i] instanceof String s && Dates.isIso(s))) {
                out[i] = Dates.format(out[i], locale);
            }
        }
        return out;
    }
}
