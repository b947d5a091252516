package jp.clearance.system.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.json.JsonObject;
import jp.clearance.system.Api;
import jp.clearance.system.Browser;
import jp.clearance.system.Deployments;
import jp.clearance.system.Layout;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The compliance officer records an incident and a charge in real headless Chromium, in Japanese then English. */
@ExtendWith(ArquillianExtension.class)
class IncidentBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Chooses the option at {@code index} of a PrimeFaces selectOneMenu by its widget (0 is the "choose" line). */
    private static void pick(Browser b, String widgetVar, int index) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("var w = PF(arguments[0]); return !!w && w.input.children('option').length > arguments[1]"
                        + " && PrimeFaces.ajax.Queue.isEmpty();", widgetVar, index)));
        ((JavascriptExecutor) b.driver()).executeScript("var w = PF(arguments[0]);"
                + " w.selectValue(w.input.children('option').eq(arguments[1]).val()); w.input.trigger('change');", widgetVar, index);
    }

    private static void autocomplete(Browser b, String id, String text) {
        b.type(id + "_input", text);
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item"))).click();
    }

    @Test
    void complianceOfficerRecordsAnIncidentAndAChargeWithItsMaximum() throws Exception {
        IncidentFixtures f = new IncidentFixtures(base);
        long designationId = f.designation("CONFIDENTIAL");
        String number = Api.as(base, "officer").get("designations/" + designationId + "/register-line").json()
                .getString("referenceNumber");
        String title = IncidentFixtures.unique("画面事案");
        try (Browser b = new Browser()) {
            b.open(base + "login.xhtml");
            b.type("login:username", "compliance");
            b.type("login:password", Api.DEMO_PASSWORD);
            b.click("login:submit");
            b.waitForUrl("index.xhtml");
            assertTrue(b.id("menuIncidents").getText().contains("事案一覧"));

            b.open(base + "incident/incident.xhtml");
            b.type("edit:title", title);
            b.click("edit:save");
            b.waitForText("入力してください");
            assertTrue(b.id("edit:title").getAttribute("value").equals(title), "nothing lost on bad input");

            b.type("edit:occurredOn_input", IncidentFixtures.today().minusDays(3).toString().replace('-', '/'));
            b.type("edit:discoveryMethod", "定期監査");
            b.type("edit:description", "設計資料を私用メールに転送");
            pick(b, "channelMenu", 2);
            autocomplete(b, "edit:designation", number);
            b.click("edit:save");
            b.waitForText("事案を登録しました。");
            b.waitForUrl("id=");
            assertTrue(b.source().contains(title));

            autocomplete(b, "parties:person", "加藤");
            b.click("parties:addPerson");
            b.waitForText("東和重工業株式会社");
            b.idle();
            assertTrue(b.id("report:pdf").isDisplayed(), "the report can be downloaded");

            // Evidence through the portal (h:inputFile, multipart): the SHA-256 of the file is shown.
            Path evidence = Files.createTempFile("evidence", ".txt");
            try {
                Files.writeString(evidence, "画面から添付した証拠 " + title + "\n", StandardCharsets.UTF_8);
                String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(evidence)));
                b.id("evidence:file").sendKeys(evidence.toAbsolutePath().toString());
                b.click("evidence:upload");
                b.waitForText("ファイルを添付しました。");
                b.waitForText(sha256);
                assertTrue(b.id("evidence:table").getText().contains(evidence.getFileName().toString()),
                        b.id("evidence:table").getText());
            } finally {
                Files.deleteIfExists(evidence);
            }

            pick(b, "chargePartyMenu", 1);
            pick(b, "chargeDesignationMenu", 1);
            b.waitForText("第23条第1項"); // issue 15, item 8: articles in Japanese in the offence menu, not "Art 23(1)"
            // offences in code order: (choose), ACQUISITION, ATTEMPT x2, CONSPIRACY x2, INTENTIONAL_LEAK_HANDLER
            pick(b, "offenceMenu", 6);
            b.waitForText("拘禁刑の上限 5年");
            b.click("charges:lay");
            b.waitForText("被疑事実を登録しました。");
            String charges = b.id("charges:table").getText();
            assertTrue(charges.contains("5年"), charges);
            assertTrue(charges.contains("重要経済安保情報保護活用法（令和6年） 第23条第1項"), "the Act and the article: " + charges);
            assertFalse(charges.contains("Art "), "no article in English: " + charges);

            // Names and days in the user's language, never codes, ids or ISO timestamps.
            String designations = b.id("designations:table").getText();
            assertTrue(designations.contains("重要経済安保情報") && designations.contains("経済産業省"), designations);
            assertFalse(designations.contains("CONFIDENTIAL") || designations.contains("CESI_C1"), designations);
            String timeline = b.id("timeline:table").getText();
            assertTrue(timeline.contains("加藤") && timeline.contains("SHA-256:") && timeline.contains("被疑事実 第"), timeline);
            assertFalse(timeline.contains("sha256=") || timeline.contains("person ") || timeline.contains("charge ")
                    || timeline.contains("channel=") || timeline.contains("HANDLER"), timeline);
            assertTrue(timeline.matches("(?s).*\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}.*"), timeline);
            assertFalse(timeline.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*"), timeline);

            b.click("header:langEn");
            b.waitForText("Charges and proceedings");
            assertTrue(b.id("charges:table").getText().contains("5 years"), b.id("charges:table").getText());
            b.click("header:langJa");
            b.waitForText("被疑事実と手続");

            // The penalty ledger shows the fine totals above the table.
            b.open(base + "incident/ledger.xhtml");
            b.waitForText("罰金の合計");
            b.id("list:totals");
        }
    }
    private void loginAsCompliance(Browser b) {
        b.login(base, "compliance");
    }

    /**
     * Issue 15, item 6: the incident header wrote labels and values as bare texts into the grid, so a label and its
     * value ran together into one cell ("担当行政機関経済産業省") and the rows after it shifted.
     */
    @Test
    void theIncidentHeaderShowsEachLabelBesideItsValue() {
        IncidentFixtures f = new IncidentFixtures(base);
        long id = f.incident(f.designation("CONFIDENTIAL")).getJsonNumber("id").longValue();
        Set<String> labels = Set.of("件名", "状態", "担当行政機関", "発生日", "発覚日", "発覚の経緯", "事案の内容",
                "推定される漏えい経路", "応急の封じ込め措置", "再評価の要請日", "結果");
        try (Browser b = new Browser()) {
            loginAsCompliance(b);
            b.open(base + "incident/incident.xhtml?id=" + id);
            b.id("head:status");
            Layout.assertLabelledRows(b, "form[id='head'] > div", labels, Set.of("件名", "状態", "担当行政機関",
                    "発生日", "発覚日", "発覚の経緯", "事案の内容", "推定される漏えい経路", "応急の封じ込め措置"));
            // Issue 15, item 13: the step tracker and whose move it is
            List<WebElement> steps = b.driver().findElements(By.cssSelector("[id='course'] li"));
            assertEquals(7, steps.size(), "the steps of the course");
            assertTrue(steps.get(0).getAttribute("class").contains("ui-state-highlight") && steps.get(0).getText().contains("報告"),
                    "a new incident is at its first step: " + steps.get(0).getAttribute("class"));
            assertEquals("コンプライアンス担当", b.id("head:holder").getText());
            b.screenshot("issue15-13-incident-progress");
        }
    }

    /**
     * Waits until a message with this text is displayed (the page's own messages, or a dialog's); returns whether one
     * of them is on top, i.e. not behind a modal dialog's mask.
     */
    private static boolean messageOnTop(Browser b, String text) {
        List<WebElement> shown = b.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> m = d.findElements(By.cssSelector(".ui-messages")).stream()
                            .filter(e -> e.isDisplayed() && e.getText().contains(text)).toList();
                    return m.isEmpty() ? null : m;
                });
        return shown.stream().anyMatch(m -> Layout.onTop(b, m));
    }

    /** An incident with a handler charged (laid, or through referral and indictment by the API); returns the charge. */
    private long charge(IncidentFixtures f, boolean indicted) {
        long designation = f.designation("CONFIDENTIAL");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long handler = f.addPerson(id, f.person("TOWA-HI", "加藤"), "HANDLER");
        if (indicted) {
            return f.indicted(id, handler, designation, "INTENTIONAL_LEAK_HANDLER");
        }
        Api.Response laid = f.lay(id, handler, designation, "INTENTIONAL_LEAK_HANDLER");
        assertEquals(201, laid.status(), laid.toString());
        return laid.json().getJsonNumber("id").longValue();
    }

    /** Opens the incident of the charge as the compliance officer and its proceedings dialog. */
    private void openProceedings(Browser b, IncidentFixtures f, long charge) {
        loginAsCompliance(b);
        b.open(base + "incident/incident.xhtml?id=" + f.charge(charge).getJsonNumber("incidentId").longValue());
        b.clickAjax("[id$=':proceedings']");
        b.visible("stepForm:stepOn");
    }

    /**
     * Issue 15, item 4: each next step in the proceedings dialog was refused as a concurrent edit until the page was
     * reloaded (the dialog kept the version the charge had when it was opened).
     */
    @Test
    void theProceedingsDialogTakesOneStepAfterAnotherWithoutReloading() {
        IncidentFixtures f = new IncidentFixtures(base);
        long charge = charge(f, false);
        try (Browser b = new Browser()) {
            openProceedings(b, f, charge);
            b.clickAjax("[id='stepForm:refer']");
            b.waiting().until(d -> "REFERRED".equals(f.charge(charge).getString("status")));
            b.visible("stepForm:decide");
            b.clickAjax("[id='stepForm:decide']");
            b.waiting().until(d -> "INDICTED".equals(f.charge(charge).getString("status"))
                    || d.getPageSource().contains("他の利用者がこの記録を先に更新しました"));
            assertFalse(b.source().contains("他の利用者がこの記録を先に更新しました"),
                    "the second step in the same dialog was refused as a concurrent edit");
            assertEquals("INDICTED", f.charge(charge).getString("status"));
            b.visible("stepForm:judge");
            b.type("stepForm:court", "東京地方裁判所");
            b.type("stepForm:prison_input", "12");
            b.clickAjax("[id='stepForm:judge']");
            b.waiting().until(d -> "JUDGED".equals(f.charge(charge).getString("status"))
                    || d.getPageSource().contains("他の利用者がこの記録を先に更新しました"));
            assertEquals("JUDGED", f.charge(charge).getString("status"), "the third step as well");
        }
    }

    /** Issue 15, item 4: the dialog is modal, and its messages were shown on the page behind its mask. */
    @Test
    void theProceedingsDialogShowsItsMessagesInsideTheDialog() {
        IncidentFixtures f = new IncidentFixtures(base);
        long charge = charge(f, false);
        try (Browser b = new Browser()) {
            openProceedings(b, f, charge);
            b.clickAjax("[id='stepForm:refer']");
            assertTrue(messageOnTop(b, "記録しました。"), "the message is shown in the dialog, not behind its mask");
        }
    }

    /** Issue 15, item 4: in the judgment form the rows shifted (an empty cell rendered nothing). */
    @Test
    void theJudgmentFormShowsEachLabelBesideItsField() {
        IncidentFixtures f = new IncidentFixtures(base);
        long charge = charge(f, true);
        try (Browser b = new Browser()) {
            openProceedings(b, f, charge);
            b.visible("stepForm:judge");
            List<WebElement> labels = b.driver().findElements(By.cssSelector("[id='stepForm'] .cl-form label"))
                    .stream().filter(WebElement::isDisplayed).toList();
            assertTrue(labels.size() >= 7, "date, court, outcome, prison, suspended, suspension, fine: " + labels.size());
            double column = labels.stream().mapToDouble(l -> l.getRect().getX()).min().orElseThrow();
            String where = labels.stream().map(l -> l.getText() + "@" + l.getRect().getX() + "," + l.getRect().getY())
                    .collect(Collectors.joining(", "));
            for (WebElement label : labels) {
                assertTrue(Math.abs(label.getRect().getX() - column) < 2, "the label \"" + label.getText()
                        + "\" is not in the first column: " + where);
                WebElement field = b.id(label.getAttribute("for")).findElement(By.xpath(
                        "ancestor-or-self::*[parent::*[contains(concat(' ', normalize-space(@class), ' '), ' cl-form ')]]"));
                assertTrue(field.getRect().getX() >= label.getRect().getX() + label.getRect().getWidth(),
                        "the field of \"" + label.getText() + "\" is not right of its label: " + where);
                double labelMiddle = label.getRect().getY() + label.getRect().getHeight() / 2.0;
                assertTrue(labelMiddle >= field.getRect().getY() - 2
                        && labelMiddle <= field.getRect().getY() + field.getRect().getHeight() + 2,
                        "the field of \"" + label.getText() + "\" is not on its row: " + where);
            }
        }
    }

    /** Replaces the value of a PrimeFaces inputNumber (it keeps its formatted text on a plain clear()). */
    private static void number(Browser b, String clientId, String digits) {
        WebElement e = b.id(clientId);
        e.click();
        e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        e.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        e.sendKeys(digits);
    }

    /** The displayed messages of the proceedings dialog. */
    private static String dialogMessages(Browser b) {
        return b.id("stepForm:stepMessages").getText();
    }

    /**
     * Issue 15, item 10: the judgment form took the prison term in months but showed its cap in years (5年), the fine
     * caps and fines had no thousands separators (5000000), a prison term and a fine both above their caps showed only
     * one error, which named the article without its Act, and a missing court came back as "judge.court: must not be
     * blank" with no required mark on 裁判所.
     */
    @Test
    void theJudgmentFormShowsCapsInTheFieldsUnitsAndTellsEveryBreachNamingTheAct() {
        IncidentFixtures f = new IncidentFixtures(base);
        long charge = charge(f, true);
        try (Browser b = new Browser()) {
            openProceedings(b, f, charge);
            b.visible("stepForm:judge");
            List<String> hints = b.driver().findElements(By.cssSelector("[id='stepForm'] .cl-hint")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(hints.contains("拘禁刑の上限: 60か月"), "the cap in the unit of the field (months): " + hints);
            assertTrue(hints.contains("罰金の上限: 5,000,000円"), "yen with separators: " + hints);
            String maximum = b.css("[id$=':maximum']").getText();
            assertTrue(maximum.contains("5,000,000円") && !maximum.contains("5000000"), maximum);
            assertFalse(b.driver().findElements(By.cssSelector("label[for='stepForm:court'] .ui-outputlabel-rfi")).isEmpty(),
                    "裁判所 is marked as required");

            // No court: the form says so in Japanese, with the field's label, before the EJB layer is asked.
            b.type("stepForm:prison_input", "12");
            b.clickAjax("[id='stepForm:judge']");
            b.waitForText("裁判所: 入力してください。");
            assertFalse(b.source().contains("judge.court") || b.source().contains("must not be blank"), "no raw findings");

            // Prison and fine both above their caps: both are told, each naming the Act and the article.
            b.type("stepForm:court", "東京地方裁判所");
            number(b, "stepForm:prison_input", "61");
            number(b, "stepForm:fine_input", "5000001");
            b.clickAjax("[id='stepForm:judge']");
            b.waiting().until(d -> dialogMessages(b).contains("罰金が"));
            String messages = dialogMessages(b);
            assertTrue(messages.contains("拘禁刑が") && messages.contains("罰金が"), "both breaches: " + messages);
            assertTrue(messages.contains("重要経済安保情報保護活用法（令和6年） 第23条第1項"), "the Act is named: " + messages);
            assertTrue(messages.contains("上限 5,000,000円、入力 5,000,001円"), messages);
            assertEquals("INDICTED", f.charge(charge).getString("status"), "nothing recorded");

            // A valid sentence: the charges table shows the fine with separators.
            number(b, "stepForm:prison_input", "24");
            number(b, "stepForm:fine_input", "1000000");
            b.clickAjax("[id='stepForm:judge']");
            b.waiting().until(d -> "JUDGED".equals(f.charge(charge).getString("status"))
                    || !dialogMessages(b).contains("罰金が"));
            assertEquals("JUDGED", f.charge(charge).getString("status"), dialogMessages(b));
            b.waiting().until(d -> b.css("[id$=':sentence']").getText().contains("1,000,000円"));
        }
    }

    /** Issue 15, item 10: SDS Art 25 (conspiracy) has no fine, yet the judgment form offered a fine field. */
    @Test
    void theJudgmentFormOffersNoFineWhereTheArticleHasNone() {
        IncidentFixtures f = new IncidentFixtures(base);
        long designation = f.designation("TOP_SECRET");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long handler = f.addPerson(id, f.person("MOD", "松本"), "HANDLER");
        long charge = f.indicted(id, handler, designation, "SDS_CONSPIRACY");
        try (Browser b = new Browser()) {
            openProceedings(b, f, charge);
            b.visible("stepForm:judge");
            b.id("stepForm:prison_input");
            assertTrue(b.driver().findElements(By.cssSelector("[id='stepForm:fine_input']")).isEmpty(),
                    "no fine field for an article without a fine");
            assertTrue(b.id("stepForm").getText().contains("特定秘密保護法（平成25年） 第25条"),
                    "the dialog names the Act and the article: " + b.id("stepForm").getText());
        }
    }

    /**
     * Issue 15, item 10: a party holding two clearances of the same level was shown as "有効な適性評価（重要経済安保情報,
     * 重要経済安保情報）": the level twice, without the organs that decided them.
     */
    @Test
    void aPartysClearancesAreNamedWithTheOrgansThatDecidedThem() {
        IncidentFixtures f = new IncidentFixtures(base);
        long designation = f.designation("CONFIDENTIAL");
        long id = f.incident(designation).getJsonNumber("id").longValue();
        long person = f.person("TOWA-HI", "加藤");
        f.eligibility(person, "CONFIDENTIAL");
        Api.Response mod = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + person
                + ",\"levelCode\":\"CONFIDENTIAL\",\"organId\":" + f.organization("MOD") + ",\"externalReference\":\""
                + IncidentFixtures.unique("EXT") + "\",\"notifiedOn\":\"" + IncidentFixtures.today()
                .minusDays(30 + new java.util.Random().nextInt(300)) + "\"}"); // a day of its own: a retry enters another
        assertEquals(201, mod.status(), mod.toString());
        f.addPerson(id, person, "HANDLER");
        try (Browser b = new Browser()) {
            loginAsCompliance(b);
            b.open(base + "incident/incident.xhtml?id=" + id);
            String parties = b.id("parts").getText();
            assertTrue(parties.contains("重要経済安保情報（経済産業省、") && parties.contains("重要経済安保情報（防衛省、"),
                    "each clearance with its organ: " + parties);
            assertFalse(parties.contains("重要経済安保情報, 重要経済安保情報"), parties);
        }
    }

    /**
     * Issue 15, item 10: a finding of Bean Validation in the EJB layer came back as "addTask.title: must not be blank"
     * (the parameter's path and the server's English) under the Japanese portal.
     */
    @Test
    void findingsOfTheEjbLayersValidationAreInJapaneseWithTheFieldsLabel() {
        IncidentFixtures f = new IncidentFixtures(base);
        long id = f.incident(f.designation("CONFIDENTIAL")).getJsonNumber("id").longValue();
        try (Browser b = new Browser()) {
            loginAsCompliance(b);
            b.open(base + "incident/incident.xhtml?id=" + id);
            b.clickAjax("[id='tasks:addTask']");
            b.waiting().until(d -> b.id("messages").getText().contains("担当者: "));
            String messages = b.id("messages").getText();
            assertTrue(messages.contains("件名: ") && messages.contains("担当者: "), messages);
            assertFalse(messages.contains("addTask.") || messages.contains("must not") || messages.contains("assignee"),
                    "no parameter paths, no English: " + messages);
        }
    }
}
