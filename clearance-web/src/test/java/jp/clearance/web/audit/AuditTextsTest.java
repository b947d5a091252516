package jp.clearance.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15, item 10: the purposes the system records are shown in the reader's language. */
class AuditTextsTest {

    @Test
    void recordedPurposesAreTranslatedAndTypedOnesKept() {
        assertEquals("目的: 本人による提出前の確認", AuditTexts.detail(Locale.JAPANESE, "purpose=review by the person"));
        assertEquals("目的: 苦情 第12号 の添付ファイル; 拒否の理由: 必要な役割がない",
                AuditTexts.detail(Locale.JAPANESE, "purpose=grievance 12 file; refused=role"));
        assertEquals("Purpose: curiosity; refused because: the record does not exist or there is no need to know",
                AuditTexts.detail(Locale.ENGLISH, "purpose=curiosity; refused=notFound"), "issue 15, item 12");
        assertEquals("目的: x; 拒否の理由: 業務上の理由（vetting.closed）",
                AuditTexts.detail(Locale.JAPANESE, "purpose=x; refused=vetting.closed"));
        assertEquals("Purpose: review by the person before submitting",
                AuditTexts.detail(Locale.ENGLISH, "purpose=review by the person"));
        assertEquals("目的: 身辺調査のため", AuditTexts.detail(Locale.JAPANESE, "purpose=身辺調査のため"), "typed: as typed");
        assertEquals("level=CONFIDENTIAL", AuditTexts.detail(Locale.JAPANESE, "level=CONFIDENTIAL"));
    }

    /** Issue 15, item 12: every kind of record the trail names has words in both languages. */
    @Test
    void everyKindOfRecordHasWordsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                    jp.clearance.web.platform.Messages.BUNDLE, locale);
            for (String type : jp.clearance.audit.boundary.AuditTrail.ENTITY_TYPES) {
                org.junit.jupiter.api.Assertions.assertTrue(bundle.containsKey("record." + type), locale + ": " + type);
            }
        }
        assertEquals("適性評価", AuditTexts.kind(Locale.JAPANESE, "Evaluation"));
        assertEquals("SomethingNew", AuditTexts.kind(Locale.JAPANESE, "SomethingNew"), "an unknown kind as stored");
    }
}
