package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates inside messages read as the portal writes them (issue 15): yyyy/MM/dd in Japanese, yyyy-MM-dd in English. */
class MessageDatesTest {

    @Test
    void isoDaysFromTheEjbLayerAreShownInTheReadersFormat() {
        String ja = Messages.text(Locale.JAPANESE, "vetting.q.gap", "2020-03-31", "2020-06-01", "61", "30");
        assertTrue(ja.startsWith("2020/03/31から2020/06/01まで61日間の空白があります"), ja);
        assertTrue(ja.contains("下の欄にその間の状況を記入してください"), ja);
        String en = Messages.text(Locale.ENGLISH, "vetting.q.gap", "2020-03-31", "2020-06-01", "61", "30");
        assertTrue(en.contains("from 2020-03-31 to 2020-06-01"), en);
    }

    @Test
    void localDatesAndMomentsAsArguments() {
        assertEquals("2026/12/03から2027/01/04まで（33日間）の状況", Messages.text(Locale.JAPANESE,
                "vetting_questionnaire.gapExplanation", LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 4), 33));
        assertEquals("前回の保存: 2026/12/03 09:05", Messages.text(Locale.JAPANESE, "vetting_questionnaire.lastSaved",
                LocaleBacking.format(Locale.JAPANESE, LocalDateTime.of(2026, 12, 3, 9, 5))));
    }

    @Test
    void aWrongDateIsExplainedInBothLanguages() {
        assertEquals("生年月日: 「1980/13/45」は日付として読み取れません。日付は 1980/04/01、1980-04-01 又は 19800401 の形式で入力してください。",
                Messages.text(Locale.JAPANESE, "common.date.invalidField", "生年月日", "1980/13/45"));
        assertTrue(Messages.text(Locale.ENGLISH, "common.date.invalid", "1980/13/45").contains("is not a date"));
    }
}
