package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.clearance.system.Api;
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
import org.openqa.selenium.WebElement;

/**
 * The journeys of the "done when" that the other browser tests do not walk, each in real headless Chromium
 * with its own data (set up through the API): a refusal in the portal with its letter, the officer's record of the
 * signed letter's receipt and the transfer record, and the
 * reuse of an evaluation by a second organ.
 */
@ExtendWith(ArquillianExtension.class)
class VettingJourneysBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;



    @Test
    void theInvestigatorReturnsASectionAndThePersonCorrectsOnlyThatAndResubmits() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        fx.fillIn(p, id);
        fx.submit(p, id);
        assertEquals(200, fx.act("investigator", id, "take", null).status());
        String reason = "2018年以降の職歴を詳しく記入してください。";

        try (Browser b = new Browser()) {
            b.login(base, "investigator");
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText(p.name());
            b.type("ev:purpose", "質問票の訂正依頼のため");
            b.clickAjax("[id='ev:openFile']");
            b.css("[id='ev:return']");
            b.driver().findElements(By.cssSelector("[id='ev:reopen'] label")).stream()
                    .filter(l -> l.getText().equals("職歴（過去10年）")).findFirst().orElseThrow().click();
            b.type("ev:reason", reason);
            b.clickAjax("[id='ev:return']");
            b.waitForText("訂正を求めました。");
            assertTrue(b.id("state").getText().contains("訂正依頼中"), b.id("state").getText());
        }
        assertEquals("RETURNED", fx.state("investigator", id));

        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/mine.xhtml");
            b.waitForText(reason);
            b.css("[id$=':fill']").click();
            b.waitForUrl("questionnaire.xhtml");
            assertTrue(b.id("q:correction").getText().contains(reason), "the reason is shown where the person corrects");

            // Only the reopened section can be edited; the others are marked and their inputs disabled.
            assertFalse(b.dataField("domicile", 0).isEnabled(), "identity is not reopened");
            assertTrue(b.driver().findElements(By.cssSelector("[id='q:save']")).isEmpty(), "nothing to save here");
            assertFalse(b.driver().findElement(By.cssSelector("a[data-section='EMPLOYMENT']")).findElement(By.xpath(".."))
                    .getText().contains("編集不可"), "employment is reopened");
            assertTrue(b.driver().findElement(By.cssSelector("a[data-section='IDENTITY']")).findElement(By.xpath(".."))
                    .getText().contains("編集不可"), "identity is locked");

            b.clickAjax("a[data-section='EMPLOYMENT']");
            b.waiting().until(d -> d.findElement(By.id("sectionTitle")).getText().equals("職歴（過去10年）"));
            WebElement position = b.dataField("position", 1);
            assertTrue(position.isEnabled(), "the reopened section is editable");
            position.clear();
            position.sendKeys("係長（通商政策局）");
            b.clickAjax("[id='q:save']");
            b.waitForText("保存しました。");

            b.css("[id='q:declaration'] .ui-chkbox-box").click();
            b.css("[id='q:submit']").click();
            b.confirmYes();
            b.waitForUrl("mine.xhtml");
            b.waitForText("質問票を提出しました。");
        }
        JsonObject status = Api.as(base, "investigator").get("evaluations/" + id).json();
        assertEquals("INVESTIGATING", status.getString("state"), "the resubmission goes back to the investigator");
        assertTrue(Api.as(base, p.username()).get("evaluations/" + id + "/questionnaire?purpose=check").body()
                .contains("係長（通商政策局）"), "the correction is saved");
    }

    @Test
    void thePersonRefusesInThePortalAndGetsTheNonConsentLetterAndATransferRecord() throws Exception {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/mine.xhtml");
            b.waitForText("適性評価についての告知");
            b.css("[id$=':refuse']").click();
            b.confirmYes();
            b.waitForText("不同意を記録しました。不同意書（PDF）に署名してください。");
            assertTrue(b.source().contains("評価は行われません（不同意）。"), "the next step says nothing follows");
            assertTrue(b.driver().findElements(By.cssSelector("[id$=':consent']")).isEmpty(), "a refusal is final");

            String href = b.css("a[id$=':letter']").getAttribute("href");
            assertTrue(href.endsWith("vetting/documents/letter.pdf?id=" + id), href);
            HttpResponse<byte[]> letter = b.fetch(href);
            assertEquals(200, letter.statusCode(), new String(letter.body(), StandardCharsets.UTF_8));
            assertTrue(new String(letter.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "a PDF");
        }
        assertEquals("REFUSED", fx.state("officer", id));

        // The officer records the receipt of the signed letter; a day in the future is refused with a message.
        String today = LocalDate.parse(Api.as(base, "admin").get("clock").json().getString("now").substring(0, 10))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText("署名された不同意書");
            assertEquals("未受領", b.id("letterReceived").getText());
            b.type("ev:letterDate_input", LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(3).format(java.time.format.DateTimeFormatter
                    .ofPattern("yyyy/MM/dd")));
            b.clickAjax("[id='ev:recordLetter']");
            b.waitForText("受領日に将来の日付は入力できません。");
            assertEquals("未受領", b.id("letterReceived").getText(), "nothing recorded");
            // A date picker keeps its text on clear(): select it all and type over it, as a user would.
            WebElement date = b.id("ev:letterDate_input");
            date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), today);
            b.clickAjax("[id='ev:recordLetter']");
            b.waitForText("署名された不同意書の受領を記録しました。");
            assertEquals(today, b.id("letterReceived").getText());
        }
        assertEquals(today.replace('/', '-'), Api.as(base, "officer").get("evaluations/" + id).json()
                .getString("letterReceivedOn"));
        JsonObject transfers = Api.as(base, "officer").get("transfers?size=200").json();
        assertTrue(transfers.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(t -> p.name().endsWith(t.getString("givenName")) && t.getString("reason").equals("REFUSAL")),
                "the officer's organ must record the move: " + transfers);
    }

    @Test
    void aSecondOrganReusesAFavourableEvaluationInThePortalWithoutANewInvestigation() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("TOWA-HI");
        fx.certify("officer", "TOWA-HI", "加藤"); // an organ nominates a company's staff once it certified the company
        long first = fx.favourable(p);
        String modOfficer = fx.login("MOD", "AGENCY_SECURITY_OFFICER");
        fx.certify(modOfficer, "TOWA-HI", "加藤");
        long second = fx.nominate(modOfficer, p);
        fx.consent(p, second);

        try (Browser b = new Browser()) {
            b.login(base, modOfficer);
            b.open(base + "vetting/evaluation.xhtml?id=" + second);
            b.waitForText("過去の評価結果の活用");
            String prior = b.id("ev:reuse").getText();
            assertTrue(prior.contains(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusYears(10).format(java.time.format.DateTimeFormatter
                    .ofPattern("yyyy/MM/dd"))), "the prior result's validity: " + prior);
            b.css("[id$=':doReuse']").click();
            b.confirmYes();
            b.waitForText("過去の評価結果を活用し、判定に進みました。");
            assertTrue(b.id("state").getText().contains("判定待ち"), b.id("state").getText());
        }
        JsonObject status = Api.as(base, modOfficer).get("evaluations/" + second).json();
        assertEquals("REPORTED", status.getString("state"));
        assertEquals(first, status.getJsonNumber("reusedEvaluationId").longValue());
        assertFalse(fx.audit("Evaluation", second).stream().anyMatch(e -> e.getString("detail").contains("INVESTIGATING")),
                "no new investigation was opened");
    }
}
