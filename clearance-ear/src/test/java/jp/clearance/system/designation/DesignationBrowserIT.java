package jp.clearance.system.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The officer's journey in real headless Chromium: designate information, then build its handler register. */
@ExtendWith(ArquillianExtension.class)
class DesignationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void officerDesignatesInformationAndAddsAHandlerAfterSeeingWhySheWasRefused() {
        Fixtures f = new Fixtures(base);
        long sato = f.person("METI", "佐藤");
        f.eligibility(sato, "CONFIDENTIAL");
        String number = Fixtures.unique("UI");
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyy/MM/dd");
        try (Browser b = new Browser()) {
            b.open(base + "login.xhtml");
            b.type("login:username", "officer");
            b.type("login:password", Api.DEMO_PASSWORD);
            b.click("login:submit");
            b.waitForUrl("index.xhtml");
            b.click("menuDesignations");
            b.waitForUrl("designation/designations.xhtml");
            b.click("list:create");
            b.waitForUrl("designation/designation.xhtml");
            b.idle();

            b.type("edit:referenceNumber", number);
            b.type("edit:title", "画面から指定した情報");
            b.type("edit:summary", "送電網の防護計画（試験）");
            b.choose("edit:level", "重要経済安保情報");
            b.waitForText("重要経済基盤の保護のための措置及びこれに関する計画");
            b.choose("edit:category", "重要経済基盤の保護のための措置及びこれに関する計画");
            b.waitForText("施設及び設備のセキュリティ対策");
            b.choose("edit:item", "施設及び設備のセキュリティ対策");
            b.type("edit:official", "経済産業大臣");
            b.type("edit:validUntil_input", Fixtures.today().plusYears(6).format(pattern));
            b.type("edit:marking", "表紙に表示");
            b.click("edit:save");
            b.waitForText("指定の有効期間は5年を超えることができません");

            b.type("edit:validUntil_input", Fixtures.today().plusYears(5).format(pattern));
            b.click("edit:save");
            b.waitForUrl("id=");
            b.waitForText("保存しました。");
            assertEquals(number, b.id("referenceNumber").getText());
            assertTrue(b.source().contains("送電網の防護計画（試験）"), "the organ's officer reads the summary");

            b.type("handlers:candidate_input", "佐藤");
            new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='handlers:candidate_panel'] li"))).click();
            b.waitForText("本日有効な保全研修の受講記録がありません");
            b.click("handlers:add");
            b.waitForText("この者は取扱者の要件を満たしていないため、取扱者名簿に記載できません。");

            f.training(sato, Fixtures.today().plusYears(1));
            b.click("handlers:check");
            b.waitForText("この者は取扱者の要件をすべて満たしています。");
            b.click("handlers:add");
            b.waitForText("取扱者名簿に記載しました。");
            assertTrue(b.id("handlers:handlerTable").getText().contains("佐藤 花子"));

            // the history names the new handler and says what happened in Japanese, never "person=<id>"
            b.driver().navigate().refresh();
            b.waitForText("取扱者の追加");
            String history = b.id("history").getText();
            assertTrue(history.contains("対象者: 佐藤 花子"), history);
            assertFalse(history.contains("person="), history);
        }
    }
}
