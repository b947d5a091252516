package jp.clearance.web.audit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A detail with its purpose in the reader's language ("目的: 本人による確認"); the rest as stored. */
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
        return out.toString();
    }
}
