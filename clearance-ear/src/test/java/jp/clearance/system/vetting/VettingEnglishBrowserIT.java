package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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
 * The vetting portal in English, in real headless Chromium: the officer reuses a qualifying 2013-Act (SDS) result of
 * the same organ instead of a new investigation, and the adjudicator decides on it; validation messages in English.
 */
@ExtendWith(ArquillianExtension.class)
class VettingEnglishBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static void english(Browser b) {
        b.click("header:langEn");
        b.waiting().until(d -> d.getPageSource().contains("lang=\"en\""));
    }

    @Test
    void anOfficerReusesA2013ActResultAndTheAdjudicatorDecidesInEnglish() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        String reference = "SDS-" + VettingFixture.unique();
        LocalDate today = LocalDate.parse(Api.as(base, "admin").get("clock").json().getString("now").substring(0, 10));
        Api.Response sds = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"TOP_SECRET\",\"organId\":" + fx.orgId("METI") + ",\"externalReference\":\"" + reference
                + "\",\"notifiedOn\":\"" + today.minusYears(1) + "\"}");
        assertEquals(201, sds.status(), sds.toString());
        long id = fx.nominate("officer", p);
        fx.consent(p, id);

        try (Browser b = new Browser()) {
            b.login(base, "officer");
            english(b);
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText("Reuse of a prior result");
            String candidates = b.id("ev:reuse").getText();
            assertTrue(candidates.contains("External record") && candidates.contains(reference), candidates);
            assertTrue(candidates.contains("Top Secret class"), "the level's name, not its code: " + candidates);
            b.css("[id$=':doReuse']").click();
            b.confirmYes();
            b.waitForText("The prior result was reused; the case goes to adjudication.");
            assertTrue(b.id("state").getText().contains("Awaiting decision"), b.id("state").getText());
            String record = b.id("reusedRecord").getText();
            assertTrue(record.contains("External record") && record.contains(reference), record);
        }
        assertEquals("REPORTED", fx.state("officer", id));

        try (Browser b = new Browser()) {
            b.login(base, "adjudicator");
            english(b);
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText("Awaiting decision");
            assertTrue(b.id("reusedRecord").getText().contains(reference), "the adjudicator sees what the decision rests on");
            b.clickAjax("[id='ev:openFile']");
            b.waitForText("Enter the purpose of this read");
            b.type("ev:purpose", "Adjudication on the basis of the 2013-Act result");
            b.clickAjax("[id='ev:openFile']");
            List<WebElement> assessments = b.waiting().until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("input[id$=':assessment']"));
                return found.size() == 7 ? found : null;
            });
            for (WebElement a : assessments) {
                a.sendKeys("No concern under the 2013-Act evaluation.");
            }
            b.css("label[for='ev:favourable:0']").click(); // nothing is preselected (issue 15, item 5)
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("Enter the reasons");
            assertEquals("REPORTED", fx.state("adjudicator", id), "nothing decided without reasons");
            b.type("ev:reasons", "The favourable SDS evaluation of this organ, notified a year ago, stands.");
            b.css("[id='ev:decide']").click();
            b.confirmYes();
            b.waitForText("Decided and notified.");
            assertTrue(b.id("state").getText().contains("Favourable"), b.id("state").getText());
            assertFalse(b.source().contains("???"), "no missing bundle key on the page");
        }
        JsonObject result = Api.as(base, p.username()).get("evaluations/" + id + "/result").json();
        assertEquals("FAVOURABLE", result.getString("state"));
    }
}
