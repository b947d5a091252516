package jp.clearance.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15, item 10: the purposes the system records are shown in the reader's language. */
class AuditTextsTest {

    @Test
    void recordedPurposesAreTranslatedAndTypedOnesKept() {
        assertEquals("目的: 本人による提出前の確認", AuditTexts.detail(Locale.JAPANESE, "purpose=review by the person"));
        assertEquals("目的: 苦情 第12号 の添付ファイル; refused=role",
                AuditTexts.detail(Locale.JAPANESE, "purpose=grievance 12 file; refused=role"));
        assertEquals("Purpose: review by the person before submitting",
                AuditTexts.detail(Locale.ENGLISH, "purpose=review by the person"));
        assertEquals("目的: 身辺調査のため", AuditTexts.detail(Locale.JAPANESE, "purpose=身辺調査のため"), "typed: as typed");
        assertEquals("level=CONFIDENTIAL", AuditTexts.detail(Locale.JAPANESE, "level=CONFIDENTIAL"));
    }
}
