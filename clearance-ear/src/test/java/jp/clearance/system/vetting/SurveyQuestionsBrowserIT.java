package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, item 15: each survey section asks its questions, from the reference data, each answered yes or no, and a
 * "yes" needs its own details; an administrator's correction of a question on the reference page is what the next
 * person is asked.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyQuestionsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static void openSection(Browser b, String code, String title) {
        b.clickAjax("a[data-section='" + code + "']");
        b.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sectionTitle")).getText().equals(title));
    }

    private static void choose(Browser b, int field, String label) {
        b.css("div[id='q:entries:0:fields:" + field + ":choice']").click();
        String item = "li.ui-selectonemenu-item[data-label='" + label + "']";
        b.waiting().until(d -> d.findElements(By.cssSelector(item)).stream().anyMatch(WebElement::isDisplayed));
        b.driver().findElements(By.cssSelector(item)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow().click();
    }

    @Test
    void eachSurveyItemAsksItsQuestionsAndEveryYesNeedsItsOwnDetails() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            openSection(b, "SURVEY_DRUGS", "調査事項: 薬物の濫用及び影響");
            String page = b.css("section.cl-questionnaire-section").getText();
            for (String question : new String[] {"あなたは、違法な薬物を使用したことがありますか。",
                    "あなたは、医薬品を処方された目的以外で、又は定められた量を超えて使用したことがありますか。",
                    "あなたは、薬物の使用又はその影響について治療を受けたことがありますか。"}) {
                assertTrue(page.contains(question), "the section asks: " + question + "\n" + page);
            }
            assertFalse(page.contains("該当する事実"), "no single catch-all question any more: " + page);

            // The first "yes" without details: the message stands at that question's details field.
            choose(b, 0, "はい");
            choose(b, 2, "いいえ");
            choose(b, 4, "いいえ");
            b.clickAjax("[id='q:save']");
            b.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                    By.id("q:entries:0:fields:1:issue")).getText().contains("「はい」と答えた場合は、詳細を記入してください。"));
            assertEquals("", b.id("q:entries:0:fields:3:issue").getText(), "a 'no' needs no details");
            b.screenshot("issue15-15-survey-questions");

            WebElement details = b.dataField("Q_DRUG_USE_DETAILS", 0);
            details.clear();
            details.sendKeys("2005年に海外で一度使用。以後使用していない。");
            b.clickAjax("[id='q:save']");
            b.waitForText("保存しました。");
            b.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                    By.cssSelector("a[data-section='SURVEY_DRUGS']")).getText().startsWith("✓"));
        }

        JsonObject drugs = Api.as(base, p.username()).get("evaluations/" + id + "/review").array().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("section").getString("code").equals("SURVEY_DRUGS")).findFirst().orElseThrow();
        assertTrue(drugs.getBoolean("complete"), drugs.toString());
        JsonObject answers = drugs.getJsonArray("entries").getJsonObject(0);
        assertEquals("YES", answers.getString("Q_DRUG_USE"));
        assertEquals("NO", answers.getString("Q_DRUG_MISUSE"));
        assertEquals("2005年に海外で一度使用。以後使用していない。", answers.getString("Q_DRUG_USE_DETAILS"));
    }

    @Test
    void anAdministratorsCorrectionOfAQuestionIsWhatTheNextPersonIsAsked() {
        String marker = "Q-" + UUID.randomUUID().toString().substring(0, 8);
        String corrected = "Have you ever been treated or counselled because of your drinking? (" + marker + ")";
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            b.open(base + "reference/index.xhtml");
            b.type("list:text", "Q_ALCOHOL_TREATMENT");
            b.clickAjax("[id='list:search']");
            b.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='調査事項の質問']")).click();
            b.visible("list:tabs:surveyQuestionTable:0:edit");
            assertTrue(b.id("list:tabs:surveyQuestionTable").getText().contains("SURVEY_ALCOHOL"),
                    "the question names its survey item");
            b.click("list:tabs:surveyQuestionTable:0:edit");
            b.visible("rowForm:nameEn");
            b.type("rowForm:nameEn", corrected);
            b.click("rowForm:save");
            b.idle();
            b.waitForText("保存しました。");
        }

        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        try (Browser b = new Browser("en")) {
            b.login(base, p.username());
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            b.clickAjax("a[data-section='SURVEY_ALCOHOL']");
            b.waitForText(marker);
            assertTrue(b.css("section.cl-questionnaire-section").getText().contains(corrected));
        }
        assertTrue(Api.as(base, "auditor").get("audit?entityType=SurveyQuestion").body().contains(marker),
                "the correction is on the audit trail");
    }
}
