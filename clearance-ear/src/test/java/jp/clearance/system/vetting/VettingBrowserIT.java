package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import jp.clearance.system.Browser;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The vetting portal in real headless Chromium: the person's questionnaire (consent, save, resume, validation in
 * Japanese, review, declaration, read-only afterwards) and the adjudicator's favourable decision seen by the person.
 */
@ExtendWith(ArquillianExtension.class)
class VettingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;


    private static void type(Browser b, String name, int entry, String text) {
        WebElement e = b.dataField(name, entry);
        e.clear();
        e.sendKeys(text);
    }

    /** Opens a section from the list on the left and waits until its title is shown. */
    private static void openSection(Browser b, String code, String title) {
        b.clickAjax("a[data-section='" + code + "']");
        b.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sectionTitle")).getText().equals(title));
    }

    /** Waits until a section is marked complete in the list on the left. */
    private static void ticked(Browser b, String code) {
        b.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector("a[data-section='" + code + "']")).getText().startsWith("✓"));
    }

    /** Chooses an option of a PrimeFaces select menu by its visible label. */
    private static void choose(Browser b, String menuSelector, String label) {
        b.css(menuSelector).click();
        b.waiting().until(d -> d.findElements(By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']"))
                .stream().anyMatch(WebElement::isDisplayed));
        b.driver().findElements(By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
    }

    private static void save(Browser b, String expectedMessage) {
        b.clickAjax("[id='q:save']");
        b.waitForText(expectedMessage);
        // leaving the field for the button also saves it (issue 15, item 19): both answers re-render the issues
        b.idle();
    }

    @Test
    void thePersonConsentsFillsInResumesSeesIssuesInJapaneseAndSubmitsADeclaration() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/mine.xhtml");
            b.waitForText("適性評価についての告知");
            assertTrue(b.source().contains("不利益な取扱い"), "the notice says refusal must not be held against them");
            b.clickAjax("[id$=':consent']");
            b.waitForText("同意を記録しました。");
            assertEquals("QUESTIONNAIRE", fx.state(p.username(), id));
            b.css("[id$=':fill']").click();
            b.waitForUrl("questionnaire.xhtml");

            // A section saved half-filled: what was typed is kept and the missing field is named at once, in Japanese.
            assertEquals("本人について（本籍・住所）", b.id("sectionTitle").getText(), "the first section is open");
            type(b, "domicile", 0, "東京都千代田区霞が関一丁目");
            save(b, "確認が必要な点が1件あります。");
            b.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(
                    By.id("q:entries:0:fields:1:issue")).getText().contains("入力してください。")); // the address is required

            // Leave and come back: the text is still there.
            b.open(base + "vetting/mine.xhtml");
            b.waitForText("質問票に記入する");
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            assertEquals("東京都千代田区霞が関一丁目", b.dataField("domicile", 0).getAttribute("value"), "resumed");
            type(b, "address", 0, "東京都港区芝公園1-1");
            save(b, "保存しました。");

            // The employment history with a gap of 90 days: flagged at once when saved.
            openSection(b, "EMPLOYMENT", "職歴（過去10年）");
            b.clickAjax("[id='q:add']");
            b.dataField("from", 0);
            b.clickAjax("[id='q:add']");
            b.dataField("from", 1);
            LocalDate gapStart = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusYears(3);
            type(b, "from", 0, "2010-04-01");
            type(b, "to", 0, gapStart.toString());
            type(b, "employer", 0, "東和重工業");
            type(b, "from", 1, gapStart.plusDays(90).toString());
            type(b, "employer", 1, "経済産業省");
            save(b, "日間の空白があります");
            assertTrue(b.id("q:sectionIssues").getText().contains("30日を超える空白"), b.id("q:sectionIssues").getText());

            // Moving to another section keeps what was typed: the corrected dates are saved on the way.
            type(b, "to", 0, gapStart.plusDays(89).toString());
            openSection(b, "SURVEY_FINANCES", "調査事項: 信用状態その他の経済的な状況");
            ticked(b, "EMPLOYMENT");
            // its three questions (from the reference data) are each answered: the yes/no fields are 0, 2 and 4
            for (int field : new int[] {0, 2, 4}) {
                choose(b, "div[id='q:entries:0:fields:" + field + ":choice']", "いいえ");
            }
            b.clickAjax("[id='q:save']");
            ticked(b, "SURVEY_FINANCES");

            // The review lists what is still missing, per section; submission is refused until everything is there.
            String review = b.id("q:review").getText();
            assertTrue(review.contains("この項目はまだ保存されていません。"), review);
            assertFalse(review.contains("本人について（本籍・住所）"), "identity is complete: " + review);
            assertFalse(review.contains("職歴（過去10年）"), "the gap was corrected while switching sections: " + review);
            b.css("[id='q:declaration'] .ui-chkbox-box").click();
            b.css("[id='q:submit']").click();
            b.confirmYes();
            b.waitForText("未記入又は不備のある項目が");
            assertEquals("QUESTIONNAIRE", fx.state(p.username(), id));

            // The other sections are filled in (as by the API) and the declaration is signed in the portal.
            fillRemaining(fx, p, id);
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            b.waitForText("すべての項目に記入済みです。");
            b.css("[id='q:submit']").click();
            b.confirmYes();
            b.waitForText("記入内容が真実かつ完全であることを宣誓してください。");
            b.css("[id='q:declaration'] .ui-chkbox-box").click();
            b.css("[id='q:submit']").click();
            b.confirmYes();
            b.waitForUrl("mine.xhtml");
            b.waitForText("質問票を提出しました。");
            assertTrue(b.source().contains("調査待ち"), "the status page shows the new state");
            assertEquals("SUBMITTED", fx.state(p.username(), id));

            // Afterwards the questionnaire is read-only to the person.
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            b.waitForText("閲覧のみできます");
            assertFalse(b.dataField("domicile", 0).isEnabled(), "inputs are disabled");
            assertTrue(b.driver().findElements(By.cssSelector("[id='q:save']")).isEmpty(), "no save button");
            assertTrue(b.driver().findElements(By.cssSelector("[id='q:submit']")).isEmpty(), "no submit button");
        }
    }

    private static void fillRemaining(VettingFixture fx, Person p, long id) {
        assertEquals(200, fx.save(p, id, "NATIONALITY", "[{\"currentNationalities\":\"JP\"}]").status());
        assertEquals(200, fx.save(p, id, "FAMILY", "[{\"relation\":\"SPOUSE\",\"name\":\"試験 花子\",\"dateOfBirth\":"
                + "\"1987-02-02\",\"nationality\":\"JP\",\"address\":\"東京都港区芝公園1-1\"}]").status());
        assertEquals(200, fx.save(p, id, "TRAVEL", "[]").status());
        assertEquals(200, fx.save(p, id, "ABROAD", "[{\"residenceAbroad\":\"なし\",\"foreignAccounts\":\"なし\"}]").status());
        fx.answerNo(p, id, List.of("SURVEY_HARMFUL_ACTIVITY", "SURVEY_CRIMINAL_DISCIPLINARY", "SURVEY_INFO_VIOLATION",
                "SURVEY_DRUGS", "SURVEY_MENTAL_HEALTH", "SURVEY_ALCOHOL"));
    }

    @Test
    void theAdjudicatorDecidesFavourablyInThePortalAndThePersonSeesTheResult() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.named("METI", "判定" + VettingFixture.unique());
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        fx.investigate("investigator", id);

        try (Browser b = new Browser()) {
            b.login(base, "adjudicator");
            b.open(base + "vetting/queue.xhtml");
            // The queue lists the oldest first; the case is found by the person's family name (unique here).
            b.type("list:text", p.name().split(" ")[0]);
            b.clickAjax("[id='list:search']");
            b.waitForText(p.name());
            // the investigator column names the investigator, not their account (issue 15, item 8)
            String row = b.css("[id='list:table_data'] tr").getText();
            assertTrue(row.contains("鈴木 一郎") && !row.contains("investigator"), row);
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText("判定待ち");
            assertTrue(b.source().contains(p.name()));

            // The file opens only with a purpose (an audited read).
            b.clickAjax("[id='ev:openFile']");
            b.waitForText("閲覧の目的を入力してください");
            b.type("ev:purpose", "適性評価の判定のため");
            b.clickAjax("[id='ev:openFile']");
            b.waitForText("調査の結果、懸念は認められない。");

            // Findings per survey item and the reasons are required; then the decision is recorded and notified.
            List<WebElement> assessments = b.driver().findElements(By.cssSelector("input[id$=':assessment']"));
            assertEquals(7, assessments.size(), "one finding per survey item");
            for (WebElement a : assessments) {
                a.sendKeys("問題は認められない。");
            }
            b.css("label[for='ev:favourable:0']").click();
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("判断の理由を入力してください。");
            b.type("ev:reasons", "調査報告及び各調査事項の判断から、漏えいのおそれはないと認められる。");
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("判定し、通知しました。");
            assertTrue(b.id("state").getText().contains("適合"), b.id("state").getText());
        }
        assertEquals("FAVOURABLE", fx.state(p.username(), id));

        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/mine.xhtml");
            b.waitForText("適合");
            assertTrue(b.source().contains("評価は終了しました（適合）"), "the next step says the evaluation ended");
            b.clickAjax("[id$=':result']");
            // Issue 15, item 2: one format on every page (yyyy/MM/dd in Japanese), the Japanese era on the certificate.
            LocalDate until = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusYears(10);
            String japanese = until.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd"));
            b.waitForText("有効期限: " + japanese);
            String certificates = b.id("certificates:table").getText();
            assertTrue(certificates.contains(japanese), "the same format in the list of certificates: " + certificates);
            assertFalse(certificates.contains(until.toString()), "no ISO date in Japanese: " + certificates);
            String href = b.css("a[id$=':pdf']").getAttribute("href");
            java.net.http.HttpResponse<byte[]> pdf;
            try {
                pdf = b.fetch(href);
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            assertEquals(200, pdf.statusCode());
            String text;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            String era = "令和" + (until.getYear() - 2018) + "年" + until.getMonthValue() + "月" + until.getDayOfMonth() + "日";
            assertTrue(text.contains("有効期限/Validuntil:" + era + "（" + until + "）"),
                    "the certificate gives the day with the era (and in English): " + text);
            assertTrue(certificates.contains("重要経済安保情報"), "the certificate is listed with the level's name: " + certificates);
            assertTrue(certificates.contains("有効"), "and its status in words: " + certificates);
            assertFalse(certificates.contains("CONFIDENTIAL") || certificates.contains("VALID"), "no codes: " + certificates);
            assertTrue(b.source().contains("vetting/documents/certificate.pdf?id="), "the certificate can be printed");
        }
    }
    /** Opens the investigation file with a purpose (an audited read) and waits for the decision form. */
    private static void openFile(Browser b, String purpose) {
        b.type("ev:purpose", purpose);
        b.clickAjax("[id='ev:openFile']");
        b.waiting().until(d -> !d.findElements(By.cssSelector("input[id$=':assessment']")).isEmpty());
        b.id("ev:favourable");
    }

    /** The displayed page messages of this severity (info, warn, error). */
    private static List<WebElement> shown(Browser b, String severity) {
        return b.driver().findElements(By.cssSelector("[id='messages'] .ui-messages-" + severity)).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    /**
     * Issue 15, item 3: saving a section with nothing typed showed a red error banner beginning 保存しました. Nothing
     * typed is now nothing to save (information); a half-filled section is saved as a draft with a warning.
     */
    @Test
    void savingAnEmptySectionSaysThereIsNothingToSaveAndAHalfFilledOneIsAWarningNotAnError() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            assertEquals("本人について（本籍・住所）", b.id("sectionTitle").getText());
            b.dataField("domicile", 0);
            b.clickAjax("[id='q:save']");
            b.waiting().until(d -> !shown(b, "info").isEmpty() || !shown(b, "error").isEmpty()
                    || !shown(b, "warn").isEmpty());
            assertTrue(shown(b, "error").isEmpty(), "an error banner for an empty section: "
                    + shown(b, "error").stream().map(WebElement::getText).toList());
            assertTrue(shown(b, "warn").isEmpty(), "nothing was saved, nothing to warn about");
            String info = shown(b, "info").get(0).getText();
            assertTrue(info.contains("保存するものはありません"), info);
            assertFalse(info.startsWith("保存しました"), info);
            assertTrue(b.css("a[data-section='IDENTITY']").getText().startsWith("・"), "the section is still unsaved");

            type(b, "domicile", 0, "東京都千代田区霞が関一丁目");
            b.clickAjax("[id='q:save']");
            b.waiting().until(d -> !shown(b, "warn").isEmpty() || !shown(b, "error").isEmpty());
            assertTrue(shown(b, "error").isEmpty(), "a draft saved with a missing field is not an error: "
                    + shown(b, "error").stream().map(WebElement::getText).toList());
            String warning = shown(b, "warn").get(0).getText();
            assertTrue(warning.contains("下書きとして保存しました") && warning.contains("確認が必要な点が1件あります。"), warning);
        }
    }

    /**
     * Issue 15, item 5: the decision form preselected 適合 (favourable). Nothing is preselected now; a decision without
     * a chosen result is refused with a message in the user's language (Japanese, then English).
     */
    @Test
    void theAdjudicatorMustChooseTheResultNothingIsPreselected() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.named("METI", "選択" + VettingFixture.unique());
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        fx.investigate("investigator", id);
        try (Browser b = new Browser()) {
            b.login(base, "adjudicator");
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText("判定待ち");
            openFile(b, "適性評価の判定のため");
            List<WebElement> radios = b.driver().findElements(By.cssSelector("[id='ev:favourable'] input[type='radio']"));
            assertEquals(2, radios.size(), "favourable and unfavourable");
            assertTrue(radios.stream().noneMatch(WebElement::isSelected), "no result is preselected");
            assertTrue(b.driver().findElements(By.cssSelector("[id='ev:favourable'] .ui-radiobutton-box.ui-state-active"))
                    .isEmpty(), "no result is shown as chosen");

            for (WebElement a : b.driver().findElements(By.cssSelector("input[id$=':assessment']"))) {
                a.sendKeys("問題は認められない。");
            }
            b.type("ev:reasons", "各調査事項の判断から、漏えいのおそれはないと認められる。");
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("判定の結果（適合又は不適合）を選択してください。");
            assertEquals("REPORTED", fx.state(p.username(), id), "nothing was decided");

            b.click("header:langEn");
            b.waitForText("Purpose of the read");
            openFile(b, "For the decision");
            b.waitForText("Result (required)");
            for (WebElement a : b.driver().findElements(By.cssSelector("input[id$=':assessment']"))) {
                a.clear();
                a.sendKeys("No concern found.");
            }
            b.type("ev:reasons", "No risk of disclosure was found.");
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("Choose the result of the decision (favourable or unfavourable).");
            assertEquals("REPORTED", fx.state(p.username(), id), "nothing was decided");

            b.css("label[for='ev:favourable:1']").click();
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("Decided and notified.");
        }
        assertEquals("UNFAVOURABLE", fx.state(p.username(), id), "the result chosen, not a default");
    }
}
