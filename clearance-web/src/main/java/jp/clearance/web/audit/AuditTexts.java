package jp.clearance.web.audit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.clearance.audit.boundary.AuditRow;
import jp.clearance.audit.boundary.AuditTrail;
import jp.clearance.web.platform.Messages;

/**
 * Audit details as an auditor reads them in their language. The trail stores what happened as written when it
 * happened ({@code purpose=review by the person; ...}), and is never rewritten (hash chain); the page shows the purposes
 * the system itself records in the reader's language ({@code audit.purpose.*}). A purpose typed by a user is shown as
 * typed.
 */
public final class AuditTexts {
    /** The purposes the EJB layer records itself, by their stored English text. */
    private static final Map<String, String> PURPOSES = Map.ofEntries(
            Map.entry("review by the person", "review"),
            Map.entry("copy kept by the person", "copy"),
            Map.entry("result notified to the person", "resultNotified"),
            Map.entry("changes of circumstances", "changes"),
            Map.entry("changes of circumstances (kind and date only)", "changesSummary"),
            Map.entry("incident report (PDF)", "incidentReport"),
            Map.entry("incident evidence", "incidentEvidence"),
            Map.entry("grievance handling", "grievanceHandling"),
            Map.entry("transfer watch", "transferWatch"),
            Map.entry("(none)", "none"));
    private static final Pattern GRIEVANCE = Pattern.compile("grievance (\\d+) (vetting facts|file)");
    private static final Pattern PURPOSE = Pattern.compile("purpose=([^;]*)");
    /** Why a read was refused ({@code refused=role}, or the key of the business refusal, e.g. {@code notFound}). */
    private static final Pattern REFUSED = Pattern.compile("refused=([A-Za-z.]+)");

    private AuditTexts() {
    }

    /** A purpose in the reader's language (as typed when it is not one the system records). */
    public static String purpose(Locale locale, String stored) {
        String s = stored.strip();
        String key = PURPOSES.get(s);
        if (key != null) {
            return Messages.text(locale, "audit.purpose." + key);
        }
        Matcher g = GRIEVANCE.matcher(s);
        if (g.matches()) {
            return Messages.text(locale, "audit.purpose." + ("file".equals(g.group(2)) ? "grievanceFile" : "grievanceFacts"),
                    g.group(1));
        }
        return s;
    }

    /**
     * A detail with its purpose ("目的: 本人による確認") and the reason of a refusal ("拒否の理由: 必要な役割がない") in the
     * reader's language; the rest as stored.
     */
    public static String detail(Locale locale, String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = PURPOSE.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Messages.text(locale, "audit.purpose",
                    purpose(locale, m.group(1)))));
        }
        m.appendTail(out);
        Matcher r = REFUSED.matcher(out.toString());
        StringBuilder refused = new StringBuilder();
        while (r.find()) {
            String reason = REASONS.contains(r.group(1)) ? Messages.text(locale, "audit.refused." + r.group(1))
                    : Messages.text(locale, "audit.refused.other", r.group(1));
            r.appendReplacement(refused, Matcher.quoteReplacement(Messages.text(locale, "audit.refused", reason)));
        }
        r.appendTail(refused);
        return refused.toString();
    }

    /** The reasons of a refusal that have words of their own ({@code audit.refused.<reason>}). */
    private static final java.util.Set<String> REASONS = java.util.Set.of("role", "notFound");

    /** Who acted, in the reader's language: the person's name, else the account name (system, anonymous, ...). */
    public static String who(Locale locale, AuditRow e) {
        boolean english = "en".equals(Messages.supported(locale).getLanguage());
        String name = english && e.actorNameEn() != null ? e.actorNameEn() : e.actorNameJa();
        if (name == null) {
            String own = "audit.actor." + e.actor();
            return KNOWN_ACTORS.contains(e.actor()) ? Messages.text(locale, own) : e.actor();
        }
        return name + " (" + e.actor() + ")";
    }

    /** The actor's roles in words, comma-separated. */
    public static String roles(Locale locale, AuditRow e) {
        return String.join(Messages.text(locale, "audit.rolesSeparator"),
                e.actorRoles().stream().map(r -> Messages.text(locale, "role." + r)).toList());
    }

    /** The kind of record in words ({@code record.<kind>}), as stored when it has none. */
    public static String kind(Locale locale, String entityType) {
        return AuditTrail.ENTITY_TYPES.contains(entityType) || "other".equals(entityType)
                ? Messages.text(locale, "record." + entityType) : entityType;
    }

    /** The accounts the system acts as ({@code audit.actor.<name>}). */
    private static final java.util.Set<String> KNOWN_ACTORS = java.util.Set.of("system", "anonymous");

    /** The page (within the application) of a record whose kind has one, with its id; null otherwise. */
    public static String page(String entityType, String entityId) {
        return jp.clearance.web.platform.RecordPages.of(entityType, entityId);
    }
}
