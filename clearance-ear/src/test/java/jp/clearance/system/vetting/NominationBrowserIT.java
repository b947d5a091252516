package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer's side of the vetting portal in real headless Chromium: nominating one person with the form, importing a
 * nomination list (an erroneous list is refused per line and imports nothing; a correct one imports every line), and
 * starting the re-evaluation of a certificate that expires soon.
 */
@ExtendWith(ArquillianExtension.class)
class NominationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static WebDriverWait waiting(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(30));
    }

    /** Types into a PrimeFaces autocomplete and picks its first suggestion. */
    private static void complete(Browser b, String id, String typed) {
        b.type(id + "_input", typed);
        waiting(b).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item"))).click();
        b.idle();
    }

    private static void clickAjax(Browser b, String clientId) {
        b.click(clientId);
        b.idle();
    }

    private List<JsonObject> mine(VettingFixture fx, Person p) {
        return fx.array(Api.as(base, p.username()).get("evaluations/mine"));
    }

    @Test
    void anOfficerNominatesOnePersonThenImportsAListRefusedPerLineAndThenACorrectOne() {
        VettingFixture fx = new VettingFixture(base);
        String family = "推" + VettingFixture.unique();
        Person one = fx.named("METI", family);
        Person a = fx.person("METI");
        Person c = fx.person("METI");
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "vetting/queue.xhtml");
            b.waitForText("個別の推薦");

            // One person: without a scope the EJB layer refuses, with it the person is nominated.
            complete(b, "nominate:person", family);
            assertTrue(b.id("nominate:person_input").getAttribute("value").contains(family),
                    b.id("nominate:person_input").getAttribute("value"));
            b.choose("nominate:level", "重要経済安保情報");
            clickAjax(b, "nominate:doNominate");
            b.waitForText("対象となる指定又は業務を入力してください。");
            assertEquals(0, mine(fx, one).size(), "nothing without a scope");
            b.type("nominate:scope", "サプライチェーン指定 2026-02");
            clickAjax(b, "nominate:doNominate");
            b.waitForText("を推薦しました。");
            List<JsonObject> nominated = mine(fx, one);
            assertEquals(1, nominated.size());
            assertEquals("NOMINATED", nominated.get(0).getString("state"));
            assertEquals("CONFIDENTIAL", nominated.get(0).getString("levelCode"));

            // A list with an unknown staff number: the error is shown for its line, and nothing is imported.
            String header = "employer_code,staff_number,level_code,scope\n";
            b.type("import:csv", header + "METI," + a.staffNumber() + ",CONFIDENTIAL,指定A\n"
                    + "METI,NOPE-9,CONFIDENTIAL,指定A\n");
            clickAjax(b, "import:doImport");
            b.waitForText("件の誤りがあります。何も取り込んでいません。");
            String errors = b.id("import:errors").getText();
            assertTrue(errors.contains("NOPE-9") && errors.contains("3"), errors);
            assertEquals(0, mine(fx, a).size(), "nothing was imported");

            // The corrected list is imported as a whole.
            b.type("import:csv", header + "METI," + a.staffNumber() + ",CONFIDENTIAL,指定A\n"
                    + "METI," + c.staffNumber() + ",CONFIDENTIAL,指定A\n");
            clickAjax(b, "import:doImport");
            b.waitForText("2人を推薦しました。");
            assertEquals("NOMINATED", mine(fx, a).get(0).getString("state"));
            assertEquals("NOMINATED", mine(fx, c).get(0).getString("state"));
        }
    }

    @Test
    void anOfficerStartsTheReEvaluationOfACertificateThatExpiresSoon() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        Api.Response record = Api.as(base, "admin").post("eligibilities", "{\"personId\":" + p.id()
                + ",\"levelCode\":\"CONFIDENTIAL\",\"organId\":" + fx.orgId("METI") + ",\"externalReference\":\"EXT-"
                + VettingFixture.unique() + "\",\"notifiedOn\":\"" + today.minusMonths(6) + "\",\"validUntil\":\""
                + today.plusDays(1) + "\"}");
        assertEquals(201, record.status(), record.toString());
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "vetting/queue.xhtml");
            b.waitForText("有効期限が近い適性評価結果");
            waiting(b).until(d -> b.id("expiring:table").getText().contains(p.name()));
            String row = "//tbody[@id='expiring:table_data']/tr[contains(., '" + p.name() + "')]";
            String text = b.driver().findElement(By.xpath(row)).getText();
            assertTrue(text.contains("重要経済安保情報"), "the level's name: " + text);
            b.type("expiring:reScope", "サプライチェーン指定（更新）");
            b.driver().findElement(By.xpath(row + "//button")).click();
            b.idle();
            b.waitForText("の再評価を開始しました");
        }
        List<JsonObject> mine = mine(fx, p);
        assertEquals(1, mine.size());
        assertEquals("NOMINATED", mine.get(0).getString("state"));
        assertEquals("サプライチェーン指定（更新）", mine.get(0).getString("scope"));
    }

    /** Whether a message with this text is shown inside the form (not only at the top of the page). */
    private static boolean shownInForm(Browser b, String form, String text) {
        return b.driver().findElements(By.cssSelector("form[id='" + form + "'] .ui-messages")).stream()
                .anyMatch(m -> m.isDisplayed() && m.getText().contains(text));
    }

    /**
     * Issue 15, item 17: the nomination form did not mark its required fields, and its errors appeared at the top of
     * the page, far from the form; an empty nomination list gave "行 0"; there was no template to download.
     */
    @Test
    void theNominationFormsMarkRequiredFieldsTellErrorsBesideThemselvesAndOfferATemplate() throws Exception {
        VettingFixture fx = new VettingFixture(base);
        String family = "印" + VettingFixture.unique();
        fx.named("METI", family);
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "vetting/queue.xhtml");
            b.waitForText("個別の推薦");
            for (String field : new String[] {"person", "level", "scope"}) {
                assertFalse(b.driver().findElements(By.cssSelector("label[for^='nominate:" + field + "'] .ui-outputlabel-rfi"))
                        .isEmpty(), field + " is marked as required");
            }

            // A refusal of the EJB layer is shown in the nomination form.
            complete(b, "nominate:person", family);
            b.choose("nominate:level", "重要経済安保情報");
            b.type("nominate:scope", "サプライチェーン指定 2026-03");
            clickAjax(b, "nominate:doNominate");
            b.waitForText("を推薦しました。");
            assertTrue(shownInForm(b, "nominate", "を推薦しました。"), "the outcome is shown next to the form");
            complete(b, "nominate:person", family);
            b.choose("nominate:level", "重要経済安保情報");
            b.type("nominate:scope", "二度目");
            clickAjax(b, "nominate:doNominate");
            waiting(b).until(d -> shownInForm(b, "nominate", "既に"));
            assertFalse(b.id("messages").getText().contains("既に"), "not at the top of the page: " + b.id("messages").getText());

            // An empty list is said to be empty, in the import form, without a table of "line 0".
            b.type("import:csv", " ");
            clickAjax(b, "import:doImport");
            waiting(b).until(d -> shownInForm(b, "import", "ファイルが空です。"));
            assertTrue(b.driver().findElements(By.cssSelector("[id='import:errors']")).isEmpty(), "no table of line 0");
            assertFalse(b.id("import").getText().contains("行 0"), b.id("import").getText());

            // The template: UTF-8 with a byte-order mark and the documented header.
            String href = b.id("import:template").getAttribute("href");
            assertTrue(href.endsWith("vetting/documents/nomination-template.csv"), href);
            java.net.http.HttpResponse<byte[]> template = b.fetch(href);
            assertEquals(200, template.statusCode());
            byte[] body = template.body();
            assertTrue(body.length > 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF,
                    "a byte-order mark");
            assertEquals("employer_code,staff_number,level_code,scope",
                    new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8).strip());
            assertTrue(template.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        }
    }
}
