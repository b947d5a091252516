package jp.clearance.web.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import jp.clearance.designation.entity.DesignationEventKind;
import jp.clearance.web.platform.Messages;
import org.junit.jupiter.api.Test;

/** The history's notes: stored codes and ids through the bundle and by name; what officers typed as typed. */
class HistoryNotesTest {
    private static final HistoryNotes KEYS = new HistoryNotes(
            (key, args) -> args.length == 0 ? "[" + key + "]" : "[" + key + Arrays.toString(args) + "]",
            Map.of(12L, "佐藤 花子")::get, code -> "TOWA-HI".equals(code) ? "東和重工業株式会社" : code);

    private static String note(DesignationEventKind kind, String note) {
        return KEYS.note(kind, note);
    }

    @Test
    void handlersAreNamedAndReasonsAndConditionsComeFromTheBundle() {
        assertEquals("[designation.note.person[佐藤 花子]]", note(DesignationEventKind.HANDLER_ADDED, "person=12"));
        assertEquals("[designation.note.person[[designation.note.personId[99]]]]",
                note(DesignationEventKind.HANDLER_ADDED, "person=99"), "someone no longer known: the id");
        assertEquals("[designation.note.person[佐藤 花子]] / [designation_designation.removalReason]:"
                        + " [designation.removalReason.NO_LONGER_ELIGIBLE] / [designation.note.conditions"
                        + "[[designation.condition.NO_VALID_TRAINING] [designation.condition.PERSON_INACTIVE]]]",
                note(DesignationEventKind.HANDLER_REMOVED, "person=12; reason=NO_LONGER_ELIGIBLE; NO_VALID_TRAINING,PERSON_INACTIVE"));
        assertEquals("[designation.note.person[佐藤 花子]] / [designation_designation.removalReason]:"
                        + " [designation.removalReason.MANUAL] / [designation.note]: 異動のため; 本人了承",
                note(DesignationEventKind.HANDLER_REMOVED, "person=12; reason=MANUAL; 異動のため; 本人了承"));
        assertEquals("[designation.note.person[佐藤 花子]] / [designation_designation.removalReason]:"
                        + " [designation.removalReason.DESIGNATION_ENDED]",
                note(DesignationEventKind.HANDLER_REMOVED, "person=12; reason=DESIGNATION_ENDED"));
    }

    @Test
    void extensionsProvisionsAndDeclassificationsAreShownInTheUsersWords() {
        assertEquals("[designation.cabinetApproval]: [designation.note.change[[designation.note.none], 閣議決定 第7号]]"
                        + " / [designation.note]: 継続の必要 -> あり",
                note(DesignationEventKind.EXTENDED, "cabinetApproval: null -> 閣議決定 第7号; note=継続の必要 -> あり"));
        assertEquals("[designation.note]: 延長理由", note(DesignationEventKind.EXTENDED, "note=延長理由"));
        assertEquals("[designation.recipientKind]: [designation.recipientKind.ENTITY] / [designation.recipient]: 東和重工業株式会社"
                        + " / [designation.legalBasis]: 第10条第1項 / [designation.note.certification[51]]",
                note(DesignationEventKind.PROVIDED, "recipientKind=ENTITY; recipient=TOWA-HI; legalBasis=第10条第1項; certification=51"));
        assertEquals("[designation.recipientKind]: [designation.recipientKind.FOREIGN] / [designation.recipient]: 某国政府"
                        + " / [designation.legalBasis]: 第8条",
                note(DesignationEventKind.PROVIDED, "recipientKind=FOREIGN; recipient=某国政府; legalBasis=第8条"));
        assertEquals("[designation.note.reasonGiven]", note(DesignationEventKind.DECLASSIFIED, "reason given"));
        assertEquals("", note(DesignationEventKind.DESIGNATED, null));
        assertEquals("free text", note(DesignationEventKind.DECLASSIFIED, "free text"), "unknown forms as stored");
        assertEquals("recipientKind=MOON", note(DesignationEventKind.PROVIDED, "recipientKind=MOON"));
    }

    @Test
    void theBundleHasTheTextsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            HistoryNotes notes = new HistoryNotes((key, args) -> Messages.text(locale, key, args), id -> null, c -> c);
            String shown = notes.note(DesignationEventKind.HANDLER_REMOVED, "person=12; reason=NO_LONGER_ELIGIBLE; NO_VALID_TRAINING");
            assertFalse(shown.contains("designation."), shown);
            assertFalse(shown.contains("NO_"), shown);
        }
    }
}
