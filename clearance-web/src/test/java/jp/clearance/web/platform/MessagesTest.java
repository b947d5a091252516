package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import jp.clearance.platform.Provision;
import org.junit.jupiter.api.Test;

/** Issue 15, item 10: message arguments as the reader is to see them (formatting only, no container). */
class MessagesTest {

    @Test
    void aProvisionNamesTheActAndTheArticleInTheReadersLanguage() {
        Provision sds = new Provision("SDS_2013", "Art 23(1)");
        assertEquals("特定秘密保護法（平成25年） 第23条第1項", Messages.provision(Locale.JAPANESE, sds));
        assertEquals("SDS Act (2013) Art 23(1)", Messages.provision(Locale.ENGLISH, sds));
        assertEquals("重要経済安保情報保護活用法（令和6年） 第25条",
                Messages.provision(Locale.JAPANESE, new Provision("CESI_2024", "Art 25")));
        assertEquals("第8章（第23条〜第28条）", Messages.article(Locale.JAPANESE, "Ch.8 (Arts 23-28)"));
        assertEquals("Penal Code Art 25(1)", Messages.article(Locale.JAPANESE, "Penal Code Art 25(1)"), "as written");
    }

    @Test
    void aMessageWithAProvisionAndAmountsWritesThemForTheReader() {
        Provision cesi = new Provision("CESI_2024", "Art 23(1)");
        assertEquals("罰金が 重要経済安保情報保護活用法（令和6年） 第23条第1項 の法定刑の上限を超えています（上限 5,000,000円、入力 5,000,001円）。",
                Messages.text(Locale.JAPANESE, "error.charge.fineAboveMaximum", cesi, 5_000_000L, 5_000_001L));
        assertEquals("5,000,000円", Messages.text(Locale.JAPANESE, "incident.yen", 5_000_000L));
        assertEquals("¥5,000,000", Messages.text(Locale.ENGLISH, "incident.yen", 5_000_000L));
    }

    @Test
    void notFoundNamesTheRecordInWordsAndTheIdWithoutSeparators() {
        assertEquals("記録が見つかりません（適性評価 1001）。", Messages.text(Locale.JAPANESE, "error.notFound", "Evaluation", 1001L));
        assertEquals("Record not found (evaluation 1001).", Messages.text(Locale.ENGLISH, "error.notFound", "Evaluation", 1001L));
        assertEquals("記録が見つかりません（記録 7）。", Messages.text(Locale.JAPANESE, "error.notFound", "SomethingNew", 7L),
                "a kind without a name: no Java class name either");
    }
}
