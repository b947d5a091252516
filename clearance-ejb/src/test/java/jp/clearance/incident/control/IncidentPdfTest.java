package jp.clearance.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.clearance.incident.entity.IncidentEvent;
import jp.clearance.incident.entity.IncidentEventKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report texts: prison terms, amounts and timeline notes, with a bundle that shows its keys. */
class IncidentPdfTest {
    static final IncidentPdf.Texts KEYS = new IncidentPdf.Texts() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String text(String key, Object... args) {
            return args.length == 0 ? "[" + key + "]" : "[" + key + Arrays.toString(args) + "]";
        }
    };

    private static String note(IncidentEventKind kind, String note) {
        return KEYS.note(new IncidentEvent(1, kind, LocalDateTime.of(2026, 11, 30, 9, 0), "compliance", note));
    }

    /** A reader that knows the party, person, organization and level names and writes days its own way. */
    static final IncidentPdf.Texts NAMES = new IncidentPdf.Texts() {
        @Override
        public Locale locale() {
            return Locale.JAPANESE;
        }

        @Override
        public String text(String key, Object... args) {
            return KEYS.text(key, args);
        }

        @Override
        public String date(java.time.LocalDate day) {
            return day.toString().replace('-', '/');
        }

        @Override
        public String person(long personId) {
            return "person#" + personId;
        }

        @Override
        public String party(long partyId) {
            return "party#" + partyId;
        }

        @Override
        public String organization(String code) {
            return "org:" + code;
        }

        @Override
        public String level(String code) {
            return "level:" + code;
        }
    };

    private static String named(IncidentEventKind kind, String note) {
        return NAMES.note(new IncidentEvent(1, kind, LocalDateTime.of(2026, 11, 30, 9, 0), "compliance", note));
    }

    @Test
    void idsCodesAndDaysOfTheStepsAreShownByTheirNames() {
        assertEquals("person#17 ([incident.role.HANDLER])", named(IncidentEventKind.PARTY_ADDED, "person 17 (HANDLER)"));
        assertEquals("org:TOWA-HI ([incident.role.ENTITY])", named(IncidentEventKind.PARTY_ADDED, "TOWA-HI (ENTITY)"));
        assertEquals("[incident.note.suspended[party#5, level:CONFIDENTIAL, level:SECRET_2013]]",
                named(IncidentEventKind.CLEARANCE_SUSPENDED, "party 5: CONFIDENTIAL, SECRET_2013"));
        assertEquals("party#5", named(IncidentEventKind.REEVALUATION_REQUESTED, "party 5"));
        String hash = "ab".repeat(32);
        assertEquals("[incident.note.attachment[memo 1.pdf, " + hash + "]]",
                named(IncidentEventKind.ATTACHMENT_ADDED, "memo 1.pdf sha256=" + hash));
        assertEquals("[incident.note.task[関係者の聴取, compliance, 2026/12/14]]",
                named(IncidentEventKind.TASK_ADDED, "関係者の聴取 → compliance (2026-12-14)"));
        assertEquals("[incident.note.chargeLaid[3, 第23条第1項, party#5]]",
                named(IncidentEventKind.CHARGE_LAID, "charge 3: SDS-23-1 (第23条第1項) party 5"));
        assertEquals("[incident.note.chargeLaid[3, SDS-X, party#5]]",
                named(IncidentEventKind.CHARGE_LAID, "charge 3: SDS-X (null) party 5"), "no article: the code");
        assertEquals("[incident.note.finePaid[3, [incident.yen[500000]]]]",
                named(IncidentEventKind.FINE_PAID, "charge 3: 500000"));
        assertEquals("[incident.note.charge[3]]: [incident.transitionNote[[charge.status.INDICTED], [charge.status.JUDGED]]]"
                        + " / [incident.note.field.judgmentOn]: 2026/11/30 / [incident.note.field.outcome]: [charge.outcome.CONVICTED]"
                        + " / [incident.note.field.prisonMonths]: [incident.years[2]] / [incident.note.field.fineYen]: [incident.yen[1000000]]"
                        + " / [incident.note.field.appealDeadline]: 2026/12/14",
                named(IncidentEventKind.CHARGE_STEP, "charge 3: status: INDICTED -> JUDGED; judgmentOn=2026-11-30;"
                        + " outcome=CONVICTED; prisonMonths=24; fineYen=1000000; appealDeadline=2026-12-14"));
        assertEquals("[incident.designation]: A-1, B-2", named(IncidentEventKind.REPORTED, "designations=[A-1, B-2]"));
        assertEquals("D-7", named(IncidentEventKind.DESIGNATION_ADDED, "D-7"), "a reference number as it is");
        assertEquals("person 17 (HANDLER)", named(IncidentEventKind.COMMENT, "person 17 (HANDLER)"), "comments as written");
    }

    @Test
    void statusChangesAreShownWithTheStatusesNames() {
        assertEquals("[incident.transitionNote[[incident.status.REPORTED], [incident.status.UNDER_INVESTIGATION]]]",
                note(IncidentEventKind.TRANSITION, "REPORTED -> UNDER_INVESTIGATION"));
        assertEquals("[incident.transitionNote[[incident.status.UNDER_INVESTIGATION], [incident.status.CLOSED]]]: 誤報 -> 終了",
                note(IncidentEventKind.TRANSITION, "UNDER_INVESTIGATION -> CLOSED: 誤報 -> 終了"));
        assertEquals("NOT -> STATUSES", note(IncidentEventKind.TRANSITION, "NOT -> STATUSES"));
        assertEquals("[incident.note.charge[7]]: [incident.transitionNote[[charge.status.LAID], [charge.status.REFERRED]]]"
                        + " / [incident.note.field.referredOn]: 2026-11-26",
                note(IncidentEventKind.CHARGE_STEP, "charge 7: status: LAID -> REFERRED; referredOn=2026-11-26"));
        assertEquals("TOWA-HI ([incident.role.ENTITY])", note(IncidentEventKind.PARTY_ADDED, "TOWA-HI (ENTITY)"));
        assertEquals("[incident.channel]: [incident.channel.EMAIL] / [incident.designation]: A-1",
                note(IncidentEventKind.REPORTED, "channel=EMAIL; designations=[A-1]"));
        assertEquals("初動対応 (HANDLER)", note(IncidentEventKind.COMMENT, "初動対応 (HANDLER)"), "comments as written");
        assertEquals("", note(IncidentEventKind.COMMENT, null));
    }

    @Test
    void termsAndAmounts() {
        assertEquals("[incident.none]", KEYS.term(null));
        assertEquals("[incident.months[5]]", KEYS.term(5));
        assertEquals("[incident.years[2]]", KEYS.term(24));
        assertEquals("[incident.yearsMonths[1, 6]]", KEYS.term(18));
        assertEquals("[incident.yen[5000000]]", KEYS.yen(5_000_000L));
        assertEquals("Tokyo", KEYS.name("東京", "Tokyo"));
    }

    @Test
    void theTextOfTheReportIsTheTextWritten() throws Exception {
        String written = "アクセス権の停止 行政機関 — 1年6か月 東京地方裁判所 Art 23(1) ¥5,000,000";
        List<IncidentPdf.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            lines.add(new IncidentPdf.Line(10, false, 2, written + " " + i));
        }
        byte[] pdf = IncidentPdf.layout("test", lines);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "wraps onto a second page");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(written + " 0"), text.substring(0, 200));
            assertTrue(text.contains(written + " 79"), "the second page too");
        }
    }
}
