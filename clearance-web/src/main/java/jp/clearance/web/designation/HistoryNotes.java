package jp.clearance.web.designation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.clearance.designation.control.HandlerCondition;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.designation.entity.RecipientKind;

/**
 * The note of a line of a designation's history in the user's language. The boundaries store notes with the codes and
 * ids of what changed ({@code person=12; reason=MANUAL}, {@code cabinetApproval: A -> B; note=...},
 * {@code recipientKind=ENTITY; recipient=CODE; ...}, {@code reason given}); those are shown through the bundle, with
 * people and organizations by name. What an officer typed (the note of an extension or a removal) is shown as typed;
 * a note in no known form is shown as stored.
 */
final class HistoryNotes {
    /** The bundle in the user's language. */
    interface Texts {
        String text(String key, Object... args);
    }

    private static final Pattern EXTENDED = Pattern.compile(
            "(?:cabinetApproval: (.*?) -> (.*?))?(?:(?:; )?note=(.*))?", Pattern.DOTALL);
    private static final Pattern PROVIDED_FIELDS = Pattern.compile(
            "; (?=(?:recipientKind|recipient|legalBasis|certification)=)");
    private static final Pattern ADDED = Pattern.compile("person=(\\d+)");
    private static final Pattern REMOVED = Pattern.compile("person=(\\d+); reason=([A-Z_]+)(?:; (.*))?", Pattern.DOTALL);
    private static final Pattern CODES = Pattern.compile("[A-Z_]+(?:,[A-Z_]+)*");
    static final String REASON_GIVEN = "reason given";

    private final Texts texts;
    private final LongFunction<String> person;
    private final UnaryOperator<String> organization;

    /**
     * @param person       the name of a person by id (else {@code null})
     * @param organization the name of an organization by code (else the code)
     */
    HistoryNotes(Texts texts, LongFunction<String> person, UnaryOperator<String> organization) {
        this.texts = texts;
        this.person = person;
        this.organization = organization;
    }

    String note(DesignationEventKind kind, String note) {
        if (note == null || note.isEmpty()) {
            return "";
        }
        String shown = switch (kind) {
            case DECLASSIFIED -> REASON_GIVEN.equals(note) ? text("designation.note.reasonGiven") : null;
            case EXTENDED -> extended(note);
            case PROVIDED -> provided(note);
            case HANDLER_ADDED -> {
                Matcher m = ADDED.matcher(note);
                yield m.matches() ? person(m.group(1)) : null;
            }
            case HANDLER_REMOVED -> removed(note);
            default -> null;
        };
        return shown == null ? note : shown;
    }

    private String extended(String note) {
        Matcher m = EXTENDED.matcher(note);
        if (!m.matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (m.group(2) != null) {
            parts.add(text("designation.cabinetApproval") + ": " + text("designation.note.change",
                    "null".equals(m.group(1)) ? text("designation.note.none") : m.group(1), m.group(2)));
        }
        if (m.group(3) != null) {
            parts.add(text("designation.note") + ": " + m.group(3));
        }
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    private String provided(String note) {
        List<String> parts = new ArrayList<>();
        for (String field : PROVIDED_FIELDS.split(note)) {
            int eq = field.indexOf('=');
            String name = eq < 0 ? "" : field.substring(0, eq);
            String value = eq < 0 ? "" : field.substring(eq + 1);
            switch (name) {
                case "recipientKind" -> {
                    if (!isRecipientKind(value)) {
                        return null;
                    }
                    parts.add(text("designation.recipientKind") + ": " + text("designation.recipientKind." + value));
                }
                case "recipient" -> parts.add(text("designation.recipient") + ": " + organization.apply(value));
                case "legalBasis" -> parts.add(text("designation.legalBasis") + ": " + value);
                case "certification" -> parts.add(text("designation.note.certification", value));
                default -> {
                    return null;
                }
            }
        }
        return String.join(" / ", parts);
    }

    private String removed(String note) {
        Matcher m = REMOVED.matcher(note);
        if (!m.matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(person(m.group(1)));
        parts.add(text("designation_designation.removalReason") + ": " + text("designation.removalReason." + m.group(2)));
        String rest = m.group(3);
        if (rest != null) {
            parts.add(conditions(rest));
        }
        return String.join(" / ", parts);
    }

    /** The failed conditions of the access rule a removal stored as codes; any other text is the officer's note. */
    private String conditions(String rest) {
        if (!CODES.matcher(rest).matches()) {
            return text("designation.note") + ": " + rest;
        }
        List<String> names = new ArrayList<>();
        for (String code : rest.split(",")) {
            if (!isCondition(code)) {
                return text("designation.note") + ": " + rest;
            }
            names.add(text("designation.condition." + code));
        }
        return text("designation.note.conditions", String.join(" ", names));
    }

    private String person(String id) {
        String name = person.apply(Long.parseLong(id));
        return text("designation.note.person", name == null ? text("designation.note.personId", id) : name);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    private static boolean isCondition(String code) {
        for (HandlerCondition c : HandlerCondition.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRecipientKind(String code) {
        for (RecipientKind k : RecipientKind.values()) {
            if (k.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
