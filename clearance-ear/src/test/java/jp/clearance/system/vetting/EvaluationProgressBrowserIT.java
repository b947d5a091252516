package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * Issue 15, item 13: the evaluation page says where the case stands (a step tracker), whose move it is, since when and
 * by when, and shows its full history with who acted; the person sees the staff by role, not by name.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationProgressBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCasePageShowsTheStepWhoseMoveItIsTheTargetDateAndTheHistory() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.reported(p);

        try (Browser b = new Browser()) {
            b.login(base, "adjudicator");
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.waitForText("経過");
            List<WebElement> steps = b.driver().findElements(By.cssSelector("[id='ev:course'] li"));
            assertEquals(6, steps.size(), "the six steps of the course");
            assertTrue(steps.get(4).getAttribute("class").contains("ui-state-highlight"),
                    "the adjudication is the current step: " + steps.get(4).getAttribute("class"));
            assertTrue(steps.get(4).getText().contains("判定"), steps.get(4).getText());
            assertEquals("判定待ち", b.driver().findElement(By.id("currentStep")).getText());
            assertEquals("評価を求めた行政機関の判定者", b.driver().findElement(By.id("holder")).getText());
            assertEquals("鈴木 一郎", b.driver().findElement(By.id("investigator")).getText(),
                    "the investigator by name, not by account (issue 15, item 8)");
            assertTrue(b.driver().findElement(By.id("since")).getText().matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}"),
                    b.driver().findElement(By.id("since")).getText());
            assertTrue(b.driver().findElement(By.id("dueOn")).getText().matches("\\d{4}/\\d{2}/\\d{2}.*"),
                    "the target date of the adjudication: " + b.driver().findElement(By.id("dueOn")).getText());

            b.screenshot("issue15-13-evaluation-progress");
            String history = b.id("ev:history").getText();
            for (String expected : new String[] {"同意待ち", "同意待ち → 質問票記入中", "質問票記入中 → 調査待ち",
                    "調査待ち → 調査中", "調査中 → 判定待ち", "佐藤 花子 (機関保全責任者)", "鈴木 一郎 (調査官（内閣府）)"}) {
                assertTrue(history.contains(expected), "the history has " + expected + ": " + history);
            }
        }

        // The same history through the API, and the person sees the staff by role only.
        JsonArray staff = Api.as(base, "officer").get("evaluations/" + id + "/history").array();
        assertEquals(5, staff.size(), staff.toString());
        JsonObject nomination = staff.getJsonObject(0);
        assertEquals("NOMINATED", nomination.getString("to"));
        assertEquals("佐藤 花子", nomination.getString("actorNameJa"));
        JsonArray own = Api.as(base, p.username()).get("evaluations/" + id + "/history").array();
        assertEquals(5, own.size(), own.toString());
        assertFalse(own.toString().contains("佐藤") || own.toString().contains("鈴木"), "no staff names: " + own);
        assertTrue(own.getJsonObject(0).getJsonArray("actorRoles").toString().contains("AGENCY_SECURITY_OFFICER"),
                own.toString());
        assertEquals(p.name(), own.getJsonObject(1).getString("actorNameJa"), "the person's own steps by name");
        int other = Api.as(base, "compliance").get("evaluations/" + id + "/history").status();
        assertTrue(other == 403 || other == 404, "nobody else: " + other);
    }

    /**
     * Issue 15, item 16: the investigator's file shows one block per section with each entry's fields as label and
     * value, and marks the sections the person corrected after a return.
     */
    @Test
    void theFileShowsEachSectionApartAndMarksWhatWasCorrectedAfterTheReturn() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.submitted(p);
        assertEquals(200, fx.act("investigator", id, "take", null).status());
        assertEquals(200, fx.act("investigator", id, "return",
                "\"reason\":\"住所を確認してください。\",\"sections\":[\"IDENTITY\"]").status());
        assertEquals(200, fx.save(p, id, "IDENTITY",
                "[{\"domicile\":\"東京都千代田区\",\"address\":\"東京都新宿区2-2\"}]").status());
        fx.submit(p, id);

        try (Browser b = new Browser()) {
            b.login(base, "investigator");
            b.open(base + "vetting/evaluation.xhtml?id=" + id);
            b.type("ev:purpose", "訂正内容の確認");
            b.clickAjax("[id='ev:openFile']");
            b.waitForText("東京都新宿区2-2");
            b.screenshot("issue15-16-file-by-section");
            List<WebElement> sections = b.driver().findElements(By.cssSelector("fieldset.cl-section"));
            assertTrue(sections.size() >= 7, "one block per section: " + sections.size());
            WebElement identity = b.css("fieldset.cl-section[data-section='IDENTITY']");
            assertTrue(identity.getAttribute("class").contains("cl-corrected"), identity.getAttribute("class"));
            assertTrue(identity.getText().contains("返却後に訂正"), identity.getText());
            WebElement family = b.css("fieldset.cl-section[data-section='FAMILY']");
            assertFalse(family.getAttribute("class").contains("cl-corrected"), "only what was reopened and saved again");
            assertTrue(family.getText().contains("配偶者") && family.getText().contains("1987/02/02"),
                    "choices in words, days in the reader's format: " + family.getText());
            assertTrue(b.id("ev:returnedAt").getText().startsWith("最後に訂正を依頼した日時"), b.id("ev:returnedAt").getText());
        }
    }
}
