package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, observation 1, in the portal: the designating organ's officer checks a candidate whose other-organ
 * clearance is overridden by the organ's own later unfavourable decision, and the page names the conflict (which
 * record, which decision, both days), never the reasons. The rule is decided in the EJB layer; the page only shows it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRuleBrowserIT {
    private static final String REASONS = "画面には示さない判定理由";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOfficerSeesWhichRecordAndWhichLaterDecisionConflict() {
        VettingFixture fx = new VettingFixture(base);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String family = "競合" + VettingFixture.unique();
        Person p = fx.metiHandler(family);
        LocalDate notified = today.minusYears(1);
        Api.Response record = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"TOP_SECRET\",\"organId\":" + fx.orgId("MOD") + ",\"externalReference\":\"MOD-"
                + VettingFixture.unique() + "\",\"notifiedOn\":\"" + notified + "\"}");
        assertEquals(201, record.status(), record.toString());
        long evaluation = fx.reported(p);
        assertEquals(200, fx.decide("adjudicator", evaluation, false, REASONS).status());
        String number = "CF-" + VettingFixture.unique();
        Api.Response d = Api.as(base, "officer").post("designations", "{\"referenceNumber\":\"" + number
                + "\",\"title\":\"競合の確認 " + number + "\",\"summary\":\"基幹インフラの防護措置に関する情報（試験）\","
                + "\"levelCode\":\"CONFIDENTIAL\",\"categoryCode\":\"CESI_C1\",\"itemCode\":\"CESI_C1_I01\","
                + "\"designatingOfficial\":\"経済産業大臣\",\"designatedOn\":\"" + today + "\",\"validUntil\":\""
                + today.plusYears(5) + "\",\"marking\":\"文書の冒頭に表示\"}");
        assertEquals(201, d.status(), d.toString());
        long id = d.json().getJsonNumber("id").longValue();

        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "designation/designation.xhtml?id=" + id);
            b.idle();
            b.type("handlers:candidate_input", family);
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='handlers:candidate_panel'] li"))).click();
            b.waitForText("下記の競合を確認し、再評価により解消してください。");
            String conflict = b.driver().findElement(By.cssSelector("li.cl-conflict")).getText();
            // dates in the portal's Japanese format (issue 15: one format everywhere)
            assertTrue(conflict.contains("防衛省") && conflict.contains(notified.toString().replace('-', '/'))
                    && conflict.contains("経済産業省") && conflict.contains(today.toString().replace('-', '/'))
                    && conflict.contains(Long.toString(evaluation)), conflict);
            assertFalse(b.source().contains(REASONS), "never the reasons of the decision");
            b.click("handlers:add");
            b.waitForText("この者は取扱者の要件を満たしていないため、取扱者名簿に記載できません。");
        }
    }
}
