package jp.clearance.web.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.clearance.platform.Provision;
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
                : new MessageFormat(pattern, bundle.getLocale()).format(
                        dates(arguments(bundle, key, args), bundle.getLocale()));
    }

    /**
     * The arguments of a message as the reader is to see them: a provision as the Act's name and the article in the
     * reader's language ({@link Provision}); the record of a "not found" message as its kind in words
     * ({@code record.<Type>}) and its id as digits without grouping separators.
     */
    static Object[] arguments(ResourceBundle bundle, String key, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Provision p) {
                out[i] = provision(bundle, p);
            }
        }
        if ("error.notFound".equals(key) && out.length >= 2) {
            String kind = "record." + out[0];
            out[0] = bundle.containsKey(kind) ? bundle.getString(kind) : bundle.getString("record.other");
            out[1] = String.valueOf(out[1]);
        }
        return out;
    }

    /** A provision in the reader's language: the Act's name, then the article (Japanese: 第23条第1項). */
    public static String provision(Locale locale, Provision p) {
        return provision(ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader()), p);
    }

    private static String provision(ResourceBundle bundle, Provision p) {
        String act = "reference.act." + p.act();
        String name = bundle.containsKey(act) ? bundle.getString(act) : p.act();
        return name + " " + article(bundle.getLocale(), p.article());
    }

    private static final Pattern ARTICLE = Pattern.compile("Art (\\d+)(?:\\((\\d+)\\))?");
    private static final Pattern CHAPTER = Pattern.compile("Ch\\.(\\d+) \\(Arts (\\d+)-(\\d+)\\)");

    /**
     * An article as the reference data writes it ({@code Art 23(1)}, {@code Ch.8 (Arts 23-28)}) in the reader's
     * language: Japanese 第23条第1項, 第8章（第23条〜第28条）; English as written. Anything else as written.
     */
    public static String article(Locale locale, String article) {
        if (article == null || !"ja".equals(supported(locale).getLanguage())) {
            return article;
        }
        Matcher a = ARTICLE.matcher(article);
        if (a.matches()) {
            return "第" + a.group(1) + "条" + (a.group(2) == null ? "" : "第" + a.group(2) + "項");
        }
        Matcher c = CHAPTER.matcher(article);
        if (c.matches()) {
            return "第" + c.group(1) + "章（第" + c.group(2) + "条〜第" + c.group(3) + "条）";
        }
        return article;
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
