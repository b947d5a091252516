package jp.clearance.system.incident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import jp.clearance.system.Api;
import jp.clearance.system.Browser;
import jp.clearance.system.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
            b.waitForText("Art 23(1)");
            // offences in code order: (choose), ACQUISITION, ATTEMPT x2, CONSPIRACY x2, INTENTIONAL_LEAK_HANDLER
            pick(b, "offenceMenu", 6);
            b.waitForText("拘禁刑の上限 5年");
            b.click("charges:lay");
            b.waitForText("被疑事実を登録しました。");
            assertTrue(b.id("charges:table").getText().contains("5年"), b.id("charges:table").getText());

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
}
