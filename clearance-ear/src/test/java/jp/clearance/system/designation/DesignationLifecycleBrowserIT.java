package jp.clearance.system.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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

/**
 * The rest of the designation journeys in real headless Chromium: certifying a conforming entity and providing
 * information to it; an extension refused past the limit, then declassification with confirmation; a handler opening
 * the information they handle.
 */
@ExtendWith(ArquillianExtension.class)
class DesignationLifecycleBrowserIT {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Types into a PrimeFaces autocomplete and picks its first suggestion. */
    private static void pick(Browser b, String clientId, String text) {
        b.type(clientId + "_input", text);
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + clientId + "_panel'] li"))).click();
        b.idle();
    }

    /** Ticks the item containing this text in a PrimeFaces check box menu, then closes the menu. */
    private static void tickInMenu(Browser b, String clientId, String text) {
        WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + clientId + "'] .ui-selectcheckboxmenu-trigger")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + clientId + "_panel']//li[contains(., '"
                + text + "')]//div[contains(@class, 'ui-chkbox-box')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + clientId + "_panel'] .ui-selectcheckboxmenu-close")))
                .click();
        b.idle();
    }

    /** Ticks a PrimeFaces check box (the box inside the component with this client id). */
    private static void tick(Browser b, String clientId) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + clientId + "'] .ui-chkbox-box"))).click();
    }

    @Test
    void officerCertifiesAnEntityThroughThePortalThenProvidesInformationToIt() {
        Fixtures f = new Fixtures(base);
        String number = Fixtures.unique("CERT");
        long designation = f.confidential(number);
        String contract = Fixtures.unique("CT");
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.click("menuCertifications");
            b.waitForUrl("designation/certifications.xhtml");
            b.click("list:create");
            b.waitForUrl("designation/certification.xhtml");
            b.idle();

            pick(b, "edit:entity", "TOWA");
            b.waitForText("先端技術研究所");
            tick(b, "edit:sections");
            tick(b, "edit:internalRules");
            tick(b, "edit:responsibleManager");
            tick(b, "edit:governance");
            tick(b, "edit:training");
            b.type("edit:evidence", "規程類・責任者・体制・研修を確認（試験）");
            b.type("edit:contract", contract);
            tickInMenu(b, "edit:designations", number);
            b.click("edit:save");
            b.waitForText("認定基準のうち確認できていないものがあるため認定できません");

            tick(b, "edit:facilities");
            b.click("edit:save");
            b.waitForUrl("id=");
            b.waitForText("保存しました。");
            assertEquals("認定", b.id("status").getText());
            assertEquals(contract, b.id("contract").getText());
            assertTrue(b.id("sectionNames").getText().contains("先端技術研究所"));
            assertTrue(b.id("designationNames").getText().contains(number), b.id("designationNames").getText());

            b.open(base + "designation/designation.xhtml?id=" + designation);
            b.idle();
            b.click("provisions:newProvision");
            b.visible("provisionForm:legalBasis");
            b.idle();
            pick(b, "provisionForm:recipient", "TOWA");
            b.type("provisionForm:legalBasis", "第10条第1項");
            b.click("provisionForm:provide");
            b.waitForText("提供を記録しました。");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d ->
                    b.id("provisions:provisionTable").getText().contains("東和重工業株式会社"));
        }
    }

    @Test
    void officerIsRefusedAnExtensionPastTheLimitThenDeclassifiesAfterConfirming() {
        Fixtures f = new Fixtures(base);
        String number = Fixtures.unique("EXT");
        long designation = f.confidential(number);
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "designation/designation.xhtml?id=" + designation);
            b.idle();
            assertEquals("重要経済安保情報", b.id("level").getText());

            b.type("actions:newUntil_input", Fixtures.today().plusYears(11).format(DATE));
            b.click("actions:extend");
            b.waitForText("1回の延長は5年を超えることができません");
            assertEquals(Fixtures.today().plusYears(5).format(DATE), b.id("validUntil").getText(), "days in the Japanese format");

            b.type("actions:newUntil_input", Fixtures.today().plusYears(9).format(DATE));
            b.click("actions:extend");
            b.waitForText("有効期間を延長しました。");
            assertEquals(Fixtures.today().plusYears(9).format(DATE), b.id("validUntil").getText());
            assertEquals("延長中", b.id("status").getText());

            b.type("declassify:declassifyOn_input", Fixtures.today().format(DATE));
            b.type("declassify:reason", "保護の必要がなくなったため（試験）");
            b.click("declassify:declassify");
            b.click("confirmYes");
            b.waitForText("指定を解除しました。");
            assertEquals("指定解除", b.id("status").getText());
            String history = b.id("history").getText();
            assertTrue(history.contains("理由は指定の記録（解除の理由）に記載") && history.contains(Fixtures.today().format(DATE)),
                    history);
            assertFalse(history.contains("reason given") || history.contains("->"), history);
        }
    }

    @Test
    void aHandlerOpensTheInformationSheHandlesFromHerOwnList() {
        Fixtures f = new Fixtures(base);
        String number = Fixtures.unique("MINE");
        long designation = f.confidential(number);
        long nakamura = f.person("METI", "中村");
        f.eligibility(nakamura, "CONFIDENTIAL");
        // valid for a day only: HandlerRegistersIT expects the employee's training to have lapsed five days on
        f.training(nakamura, Fixtures.today().plusDays(1));
        Api.Response added = f.addHandler(designation, nakamura);
        assertEquals(201, added.status(), added.toString());
        try (Browser b = new Browser()) {
            b.login(base, "employee");
            b.click("menuMyDesignations");
            b.waitForUrl("designation/mine.xhtml");
            b.waitForText(number);
            b.driver().findElement(By.linkText(number)).click();
            b.waitForUrl("designation/designation.xhtml");
            b.waitForText("基幹インフラの防護措置に関する情報（試験）");
            assertEquals(number, b.id("referenceNumber").getText());
        }
    }

    @Test
    void anAdministratorRecordsATrainingThroughThePortal() {
        String course = Fixtures.unique("保全研修");
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            b.click("menuTrainings");
            b.waitForUrl("designation/trainings.xhtml");
            b.idle();
            pick(b, "trainings:person", "吉田");
            b.visible("trainings:course");
            b.type("trainings:course", course);
            b.type("trainings:completedOn_input", Fixtures.today().minusDays(1).format(DATE));
            b.type("trainings:validUntil_input", Fixtures.today().plusYears(1).format(DATE));
            b.click("trainings:save");
            b.waitForText("保存しました。");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d ->
                    b.id("trainings:table").getText().contains(course));
        }
    }

    @Test
    void officerReportsAChangeConcludesTheReReviewThenRevokesAfterConfirming() {
        Fixtures f = new Fixtures(base);
        long towa = f.organization("TOWA-HI");
        long laboratory = Api.as(base, "admin").get("people/" + f.person("TOWA-HI", "加藤") + "?purpose=integration-test")
                .json().getJsonNumber("sectionId").longValue();
        Api.Response created = Api.as(base, "officer").post("certifications", "{\"entityId\":" + towa
                + ",\"internalRules\":true,\"responsibleManager\":true,\"governance\":true,\"training\":true,"
                + "\"facilities\":true,\"evidence\":\"規程・体制図を確認\",\"contractReference\":\""
                + Fixtures.unique("C") + "\",\"status\":\"CERTIFIED\",\"decidedOn\":\"" + Fixtures.today()
                + "\",\"validFrom\":\"" + Fixtures.today() + "\",\"validUntil\":\"" + Fixtures.today().plusYears(3)
                + "\",\"sectionIds\":[" + laboratory + "]}");
        assertEquals(201, created.status(), created.toString());
        long certification = created.json().getJsonNumber("id").longValue();
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "designation/certification.xhtml?id=" + certification);
            b.idle();
            assertEquals("認定", b.id("status").getText());

            b.type("change:note", "代表取締役の交代（試験）");
            b.click("change:report");
            b.click("confirmYes");
            b.waitForText("変更の届出を記録しました。");
            assertEquals("再審査中", b.id("status").getText());

            b.click("edit:recertify");
            b.waitForText("認定を継続しました。");
            assertEquals("認定", b.id("status").getText());

            b.type("revoke:reason", "契約の終了（試験）");
            b.click("revoke:revoke");
            b.click("confirmYes");
            b.waitForText("認定を取り消しました。");
            assertEquals("認定取消し", b.id("status").getText());
        }
    }
}
