package jp.clearance.incident.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.clearance.incident.boundary.ChargeRow;
import jp.clearance.incident.boundary.DesignationLine;
import jp.clearance.incident.boundary.PartyRow;
import jp.clearance.incident.entity.Incident;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentStatus;
import jp.clearance.incident.entity.JudgmentOutcome;
import jp.clearance.platform.pdf.PdfPages;
import jp.clearance.platform.pdf.PdfText;

/**
 * The incident report (A4 PDF) in the reader's language: header, designations, parties, charges with their statutory
 * maxima and the sentences imposed, and the timeline. Texts come from the portal's bundles through {@link Texts}; the
 * Japanese font and the text mapping are {@link PdfText}'s.
 */
public final class IncidentPdf {
    private static final float MARGIN = 50;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The texts of the report in the reader's language (keys of the portal's bundles). */
    public interface Texts {
        Locale locale();

        String text(String key, Object... args);

        /** A name in the reader's language. */
        default String name(String ja, String en) {
            return "en".equals(locale().getLanguage()) && en != null && !en.isBlank() ? en : ja;
        }

        /** A prison term as years and months (the bundle's "none" mark when there is none). */
        default String term(Integer months) {
            if (months == null) {
                return text("incident.none");
            }
            int y = months / 12;
            int m = months % 12;
            return y == 0 ? text("incident.months", m) : m == 0 ? text("incident.years", y)
                    : text("incident.yearsMonths", y, m);
        }

        /** An amount in yen. */
        default String yen(Long amount) {
            return amount == null ? text("incident.none") : text("incident.yen", amount);
        }

        /** A day in the reader's format (ISO unless a reader supplies its own). */
        default String date(LocalDate day) {
            return String.valueOf(day);
        }

        /** A moment in the reader's format (ISO-like unless a reader supplies its own). */
        default String moment(LocalDateTime at) {
            return at == null ? "" : at.format(MINUTES);
        }

        /** A person of the incident's timeline ({@code person 12}): the reader's own lookup, else the id. */
        default String person(long personId) {
            return text("incident.note.person", String.valueOf(personId));
        }

        /** A party of the incident ({@code party 5}): the reader's own lookup, else the id. */
        default String party(long partyId) {
            return text("incident.note.party", String.valueOf(partyId));
        }

        /** An organization by its code: the reader's own lookup, else the code. */
        default String organization(String code) {
            return code;
        }

        /** A level by its code: the reader's own lookup, else the code. */
        default String level(String code) {
            return code;
        }

        /**
         * A timeline note in the reader's language. Notes are stored as written (officers' comments, file names, task
         * titles, reasons) with the codes and ids of what changed; those are shown through the bundles: a status change
         * of the incident ({@code FROM -> TO[: reason]}) or of a charge ({@code charge N: status: FROM -> TO; field=value}),
         * a party added ({@code person N (ROLE)}, {@code CODE (ROLE)}), a clearance suspended ({@code party N: LEVELS}),
         * a re-evaluation ({@code party N}), evidence ({@code name sha256=HEX}), a task ({@code title → user (day)}), a
         * charge laid ({@code charge N: CODE (article) party M}), a payment ({@code charge N: yen}), a new incident
         * ({@code channel=X; designations=[...]}). Anything else (comments) is shown as stored.
         */
        default String note(IncidentEvent e) {
            String note = e.getNote() == null ? "" : e.getNote();
            Matcher m;
            switch (e.getKind()) {
                case TRANSITION -> {
                    m = TRANSITION_NOTE.matcher(note);
                    if (m.matches() && isIncidentStatus(m.group(1)) && isIncidentStatus(m.group(2))) {
                        return text("incident.transitionNote", text("incident.status." + m.group(1)),
                                text("incident.status." + m.group(2))) + (m.group(3) == null ? "" : ": " + m.group(3));
                    }
                    return note;
                }
                case CHARGE_STEP -> {
                    m = CHARGE_STEP_NOTE.matcher(note);
                    if (!m.matches()) {
                        return note;
                    }
                    List<String> parts = new ArrayList<>();
                    for (String field : m.group(2).split("; ")) {
                        parts.add(chargeField(field));
                    }
                    return text("incident.note.charge", m.group(1)) + ": " + String.join(" / ", parts);
                }
                case CHARGE_LAID -> {
                    m = CHARGE_LAID_NOTE.matcher(note);
                    return m.matches() ? text("incident.note.chargeLaid", m.group(1),
                            "null".equals(m.group(3)) ? m.group(2) : m.group(3), party(Long.parseLong(m.group(4)))) : note;
                }
                case FINE_PAID -> {
                    m = FINE_PAID_NOTE.matcher(note);
                    return m.matches() ? text("incident.note.finePaid", m.group(1), yen(Long.valueOf(m.group(2)))) : note;
                }
                case PARTY_ADDED -> {
                    m = PERSON_PARTY_NOTE.matcher(note);
                    if (m.matches()) {
                        return person(Long.parseLong(m.group(1))) + " (" + text("incident.role." + m.group(2)) + ")";
                    }
                    m = ORGANIZATION_PARTY_NOTE.matcher(note);
                    if (m.matches()) {
                        return organization(m.group(1)) + " (" + text("incident.role." + m.group(2)) + ")";
                    }
                    return note;
                }
                case CLEARANCE_SUSPENDED -> {
                    m = SUSPENDED_NOTE.matcher(note);
                    if (!m.matches()) {
                        return note;
                    }
                    List<String> levels = new ArrayList<>();
                    for (String code : m.group(2).split(", ")) {
                        levels.add(level(code));
                    }
                    return text("incident.note.suspended", party(Long.parseLong(m.group(1))), String.join(", ", levels));
                }
                case REEVALUATION_REQUESTED -> {
                    m = PARTY_NOTE.matcher(note);
                    return m.matches() ? party(Long.parseLong(m.group(1))) : note;
                }
                case ATTACHMENT_ADDED -> {
                    m = ATTACHMENT_NOTE.matcher(note);
                    return m.matches() ? text("incident.note.attachment", m.group(1), m.group(2)) : note;
                }
                case TASK_ADDED -> {
                    m = TASK_NOTE.matcher(note);
                    return m.matches() ? text("incident.note.task", m.group(1), m.group(2),
                            date(LocalDate.parse(m.group(3)))) : note;
                }
                case REPORTED -> {
                    m = REPORTED_NOTE.matcher(note);
                    if (!m.matches()) {
                        return note;
                    }
                    String channel = m.group(1) == null ? null
                            : text("incident.channel") + ": " + text("incident.channel." + m.group(1));
                    String designations = m.group(2) == null || m.group(2).isEmpty() ? null
                            : text("incident.designation") + ": " + m.group(2);
                    return channel == null ? (designations == null ? "" : designations)
                            : designations == null ? channel : channel + " / " + designations;
                }
                default -> {
                    return note;
                }
            }
        }

        /** One field of a charge's step: the status change with the statuses' names, a day, an outcome, a term, an amount. */
        private String chargeField(String field) {
            Matcher m = CHARGE_STATUS_NOTE.matcher(field);
            if (m.matches()) {
                return text("incident.transitionNote", text("charge.status." + m.group(1)),
                        text("charge.status." + m.group(2)));
            }
            int eq = field.indexOf('=');
            if (eq < 0) {
                return field;
            }
            String name = field.substring(0, eq);
            String value = field.substring(eq + 1);
            String shown = switch (name) {
                case "referredOn", "decisionOn", "judgmentOn", "appealedOn", "finalOn", "appealDeadline" ->
                        ISO_DAY.matcher(value).matches() ? date(LocalDate.parse(value)) : value;
                case "outcome" -> text("charge.outcome." + value);
                case "prisonMonths", "suspensionMonths" -> term(Integer.valueOf(value));
                case "fineYen" -> yen(Long.valueOf(value));
                default -> null;
            };
            return shown == null ? field : text("incident.note.field." + name) + ": " + shown;
        }
    }

    private static final Pattern TRANSITION_NOTE = Pattern.compile("([A-Z_]+) -> ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern CHARGE_STATUS_NOTE = Pattern.compile("status: ([A-Z_]+) -> ([A-Z_]+)");
    private static final Pattern CHARGE_STEP_NOTE = Pattern.compile("charge (\\d+): (status: [A-Z_]+ -> [A-Z_]+.*)");
    private static final Pattern CHARGE_LAID_NOTE = Pattern.compile("charge (\\d+): (\\S+) \\((.*)\\) party (\\d+)");
    private static final Pattern FINE_PAID_NOTE = Pattern.compile("charge (\\d+): (\\d+)");
    private static final Pattern PERSON_PARTY_NOTE = Pattern.compile("person (\\d+) \\((HANDLER|RECIPIENT|OUTSIDER)\\)");
    private static final Pattern ORGANIZATION_PARTY_NOTE = Pattern.compile("(\\S+) \\((ORGAN|ENTITY)\\)");
    private static final Pattern SUSPENDED_NOTE = Pattern.compile("party (\\d+): (\\S+(?:, \\S+)*)");
    private static final Pattern PARTY_NOTE = Pattern.compile("party (\\d+)");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("(.*) sha256=([0-9a-f]{64})", Pattern.DOTALL);
    private static final Pattern TASK_NOTE = Pattern.compile("(.*) → (\\S+) \\((\\d{4}-\\d{2}-\\d{2})\\)", Pattern.DOTALL);
    private static final Pattern REPORTED_NOTE = Pattern.compile("(?:channel=([A-Z_]+))?(?:; )?(?:designations=\\[(.*)\\])?", Pattern.DOTALL);
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static boolean isIncidentStatus(String name) {
        for (IncidentStatus s : IncidentStatus.values()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }


    record Line(float size, boolean centred, float gapAfter, String text) {
    }

    private IncidentPdf() {
    }

    /** The report of one incident with its lists, in the language of {@code t}. */
    public static byte[] render(Incident i, List<DesignationLine> designations, List<PartyRow> parties,
                                List<ChargeRow> charges, List<IncidentEvent> timeline, LocalDateTime generatedAt,
                                String generatedBy, Texts t) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(18, true, 4, t.text("incident_report.title")));
        lines.add(new Line(11, true, 4, t.text("incident_report.number", String.valueOf(i.getId()))));
        lines.add(new Line(9, true, 14, t.text("incident_report.generated", t.moment(generatedAt), generatedBy)));

        heading(lines, t.text("incident_report.header"));
        field(lines, t.text("incident.title"), i.getTitle());
        field(lines, t.text("common.status"), t.text("incident.status." + i.getStatus()));
        field(lines, t.text("incident.organ"), t.name(i.getOrgan().getNameJa(), i.getOrgan().getNameEn()));
        field(lines, t.text("incident.occurredOn"), String.valueOf(i.getOccurredOn()));
        field(lines, t.text("incident.discoveredOn"), String.valueOf(i.getDiscoveredOn()));
        field(lines, t.text("incident.discoveryMethod"), i.getDiscoveryMethod());
        field(lines, t.text("incident.description"), i.getDescription());
        field(lines, t.text("incident.channel"), t.text("incident.channel." + i.getChannel()));
        field(lines, t.text("incident.containment"), i.getContainment());
        if (i.getReevaluationRequestedOn() != null) {
            field(lines, t.text("incident.reevaluationRequestedOn"), String.valueOf(i.getReevaluationRequestedOn()));
        }
        if (i.getStatus() == IncidentStatus.CLOSED) {
            field(lines, t.text("incident.outcome"), t.text("incident.outcome." + i.getOutcome())
                    + (i.getCloseReason() == null ? "" : " " + i.getCloseReason()));
        }

        heading(lines, t.text("incident_incident.designations"));
        designations.forEach(d -> text(lines, "・" + d.organCode() + " " + d.referenceNumber() + " " + d.title() + " ("
                + d.levelCode() + ", " + t.text("reference.act." + d.act()) + ")"));
        none(lines, designations, t);

        heading(lines, t.text("incident_incident.parties"));
        parties.forEach(p -> text(lines, "・" + t.name(p.name(), p.nameEn()) + " — " + t.text("incident.role." + p.role()) + " — "
                + t.name(p.affiliationJa(), p.affiliationEn())
                + (p.clearanceSuspendedOn() == null ? "" : " — " + t.text("incident_incident.suspendedOn") + " "
                + p.clearanceSuspendedOn())));
        none(lines, parties, t);

        heading(lines, t.text("incident_incident.charges"));
        for (ChargeRow c : charges) {
            text(lines, "・" + t.name(c.partyName(), c.partyNameEn()) + (c.corporate() ? " (" + t.text("charge.company") + ")" : "")
                    + " — " + t.text("reference.act." + c.act()) + " " + c.article() + " — "
                    + t.text("charge.offence." + c.offence()) + (c.penaltyConfirmed() ? "" : " " + t.text("charge.unconfirmed")));
            text(lines, "    " + t.text("charge.maximum") + ": " + (c.corporate()
                    ? t.text("charge.corporateFine") + " " + t.yen(c.corporateFineYen())
                    : t.text("charge.maxPrison") + " " + t.term(c.maxPrisonMonths()) + " / " + t.text("charge.maxFine")
                    + " " + t.yen(c.maxFineYen()) + (c.fineCumulative() ? " " + t.text("charge.orBoth") : "")));
            text(lines, "    " + t.text("common.status") + ": " + t.text("charge.status." + c.status())
                    + (c.referredOn() == null ? "" : " — " + t.text("charge.status.REFERRED") + " " + c.referredOn())
                    + (c.decisionOn() == null ? "" : " — " + t.text("incident_report.decisionOn") + " " + c.decisionOn()));
            if (c.judgmentOutcome() != null) {
                String sentence = c.judgmentOutcome() == JudgmentOutcome.CONVICTED
                        ? t.text("charge.sentence") + ": " + t.term(c.prisonMonths())
                        + (c.suspended() ? " (" + t.text("charge.suspendedShort") + " " + t.term(c.suspensionMonths()) + ")" : "")
                        + " / " + t.yen(c.fineYen())
                        + (c.finePaidYen() == null ? "" : " — " + t.text("charge.finePaid") + " " + t.yen(c.finePaidYen()))
                        : t.text("charge.outcome." + c.judgmentOutcome());
                text(lines, "    " + t.text("charge.judgmentOn") + " " + c.judgmentOn() + " " + (c.court() == null ? "" : c.court())
                        + " — " + sentence);
            }
            if (c.appealedOn() != null) {
                text(lines, "    " + t.text("charge.status.APPEALED") + " " + c.appealedOn());
            }
            if (c.finalOn() != null) {
                text(lines, "    " + t.text("charge.status.FINAL") + " " + c.finalOn());
            }
        }
        none(lines, charges, t);

        heading(lines, t.text("incident_incident.timeline"));
        for (IncidentEvent e : timeline) {
            String note = t.note(e);
            text(lines, e.getOccurredAt().format(MINUTES) + "  " + e.getActor() + "  "
                    + t.text("incident.event." + e.getKind()) + (note.isEmpty() ? "" : ": " + note));
        }
        none(lines, timeline, t);
        return layout(t.text("incident_report.title") + " " + i.getId(), lines);
    }

    private static void heading(List<Line> lines, String text) {
        lines.add(new Line(13, false, 4, text));
    }

    private static void field(List<Line> lines, String label, String value) {
        text(lines, label + ": " + (value == null ? "" : value));
    }

    private static void text(List<Line> lines, String text) {
        lines.add(new Line(10, false, 2, text));
    }

    private static void none(List<Line> lines, List<?> list, Texts t) {
        if (list.isEmpty()) {
            text(lines, t.text("common.noRecords"));
        }
    }

    static byte[] layout(String documentTitle, List<Line> lines) {
        return PdfPages.render(documentTitle, MARGIN, pages -> {
            for (Line l : lines) {
                if (l.size() == 13) {
                    pages.skip(8);
                }
                pages.paragraph(l.text(), l.size(), l.centred());
                pages.skip(l.gapAfter());
            }
        });
    }
}
