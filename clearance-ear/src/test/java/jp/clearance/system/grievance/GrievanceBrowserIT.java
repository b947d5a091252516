package jp.clearance.system.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The anonymous round trip in real Chromium: lodge without login and receive the receipt code; the desk acknowledges
 * with a question; the complainant returns with the code, reads the question and answers it, and attaches a file.
 * A named complaint is lodged with a file through the lodge page.
 */
@ExtendWith(ArquillianExtension.class)
class GrievanceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /**
     * Chooses an entry of a select menu through its widget (as Browser.choose does elsewhere): clicking the entries of
     * one menu's panel sometimes left that panel open over the next menu (the click on it was intercepted).
     */
    private static void pick(Browser b, String menuId, String label) {
        b.choose(menuId, label);
    }

    private static void complete(Browser b, String autoCompleteId, String typed) {
        b.type(autoCompleteId + "_input", typed);
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item"))).click();
        b.idle(); // the selection reaches the server before the form is sent
    }

    private long idOf(String description) {
        JsonObject page = Api.as(base, "grievance").get("grievances?channel=ANONYMOUS&size=50&sort=id&desc=true").json();
        for (JsonValue v : page.getJsonArray("items")) {
            long id = v.asJsonObject().getJsonNumber("id").longValue();
            if (Api.as(base, "grievance").get("grievances/" + id).json().getString("description").equals(description)) {
                return id;
            }
        }
        throw new AssertionError("not in the queue: " + description);
    }

    @Test
    void anonymousComplainantLodgesReturnsWithTheCodeAndAnswersTheDesk() {
        String description = "同意を拒否した後、減給された " + UUID.randomUUID().toString().substring(0, 8);
        String code;
        try (Browser b = new Browser()) {
            b.open(base + "public/complaint.xhtml");
            assertTrue(b.source().contains("IPアドレスは記録されません"), "no login needed, Japanese by default");
            pick(b, "complaint:type", "減給");
            pick(b, "complaint:ground", "適性評価への同意を拒否したこと");
            complete(b, "complaint:employer", "TOWA");
            b.type("complaint:description", description);
            b.click("complaint:submit");
            code = b.visible("receiptCode").getText().trim();
            assertTrue(code.replace(" ", "").matches("\\d{20}"), code);
            assertTrue(b.source().contains("今回だけ表示されます"));
        }

        long id = idOf(description);
        try (Browser b = new Browser()) {
            b.login(base, "grievance");
            b.open(base + "grievance/queue.xhtml");
            b.waitForText("苦情の受付一覧");
            b.id("list:table");
            b.open(base + "grievance/case.xhtml?id=" + id);
            b.waitForText(description);
            b.type("case:message", "減給の通知を受け取った日を教えてください。");
            b.click("case:acknowledge");
            b.waitForText("受付を通知しました。");
            assertEquals("受付済み", b.id("case:status").getText());
        }

        try (Browser b = new Browser()) {
            b.open(base + "public/receipt.xhtml");
            b.type("receipt:code", code);
            b.click("receipt:open");
            b.waitForText("減給の通知を受け取った日を教えてください。");
            assertEquals("受付済み", b.id("receipt:status").getText());
            b.type("receipt:reply", "4月1日に口頭で伝えられました。");
            b.click("receipt:send");
            b.waitForText("送信しました。");
            b.waitForText("4月1日に口頭で伝えられました。");

            b.id("files:file").sendKeys(file("通知メモ.txt", "口頭で伝えられた内容のメモ").toString());
            b.click("files:attach");
            b.waitForText("ファイルを添付しました。");
            b.waitForText("通知メモ.txt");

            b.click("header:langEn");
            b.waitForText("Follow your complaint");
        }
        String timeline = Api.as(base, "grievance").get("grievances/" + id + "/timeline").body();
        assertTrue(timeline.contains("4月1日に口頭で伝えられました。"), timeline);
        assertTrue(timeline.contains("\"author\":\"anonymous\""));
        String files = Api.as(base, "grievance").get("grievances/" + id + "/attachments").body();
        assertTrue(files.contains("通知メモ.txt") && files.contains("\"addedBy\":\"ANONYMOUS\""), files);
    }

    @Test
    void aNamedComplaintIsLodgedWithAFile() {
        String description = "配置転換の通知書を添付 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = new Browser()) {
            b.login(base, "employee");
            b.open(base + "grievance/lodge.xhtml");
            pick(b, "complaint:type", "不利益な配置転換・業務の割当て");
            pick(b, "complaint:ground", "適性評価の結果");
            complete(b, "complaint:employer", "METI");
            b.type("complaint:description", description);
            b.id("complaint:file").sendKeys(file("配置転換通知.txt", "異動の通知").toString());
            b.click("complaint:submit");
            b.click("complaint:confirmYes");
            b.waitForUrl("grievance/complaint.xhtml");
            b.waitForText(description);
            b.waitForText("配置転換通知.txt");
        }
    }

    /** An anonymous complaint acknowledged by the desk with a question (through the API); returns its receipt code. */
    private String acknowledgedWithAQuestion(String description, String question) {
        String code = GrievanceFixture.lodgeAnonymous(Api.anonymous(base), base, description).getString("code");
        long id = idOf(description);
        JsonObject c = Api.as(base, "grievance").get("grievances/" + id).json();
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/acknowledge",
                GrievanceFixture.step(c.getJsonNumber("version").longValue(), null)).status());
        assertEquals(200, Api.as(base, "grievance").post("grievances/" + id + "/messages",
                GrievanceFixture.text(question)).status());
        return code;
    }

    /**
     * Issue 15, item 1: on the receipt page the content (内容) column of the history had no width left (the page's
     * card was narrower than the two fixed columns before it), so the desk's messages could not be read; the reply
     * box was wider than the card.
     */
    @Test
    void theReceiptPageShowsTheDesksMessagesInAReadableColumnAndTheReplyBoxFits() {
        String description = "受領コード画面の表示 " + UUID.randomUUID().toString().substring(0, 8);
        String question = "処分の通知を受け取った日と、通知した人の役職を教えてください。";
        String code = acknowledgedWithAQuestion(description, question);
        try (Browser b = new Browser()) {
            b.open(base + "public/receipt.xhtml");
            b.type("receipt:code", code);
            b.click("receipt:open");
            b.waitForText(question);
            WebElement text = b.driver().findElements(By.cssSelector("[id='receipt:timeline'] td")).stream()
                    .filter(td -> String.valueOf(td.getDomProperty("textContent")).contains(question)).findFirst()
                    .orElseThrow(() -> new AssertionError("the question is in no cell of the history"));
            assertTrue(text.isDisplayed(), "the desk's message is displayed");
            assertTrue(text.getSize().getWidth() >= 250, "the content column is " + text.getSize().getWidth()
                    + " px wide: the desk's message cannot be read");
            assertTrue(Layout.lines(b, text) <= 4, "the question takes " + Layout.lines(b, text) + " lines");

            WebElement card = b.driver().findElement(By.cssSelector("main.cl-card"));
            WebElement reply = b.id("receipt:reply");
            double cardRight = card.getRect().getX() + card.getRect().getWidth();
            double replyRight = reply.getRect().getX() + reply.getRect().getWidth();
            assertTrue(replyRight <= cardRight, "the reply box ends at " + replyRight + " px, outside the card ("
                    + cardRight + " px)");
            assertFalse(Layout.scrollsSideways(b), "nothing is wider than the window");
        }
    }

    /**
     * Issue 15, item 6: the case header of a complaint without related complaint or transfer record showed their
     * labels without values, shifting the next label into the value column.
     */
    @Test
    void theCaseHeaderShowsEachLabelBesideItsValueAndNoOrphanLabels() {
        String description = "苦情の見出しの配置 " + UUID.randomUUID().toString().substring(0, 8);
        acknowledgedWithAQuestion(description, "配置の確認です。");
        long id = idOf(description);
        Set<String> labels = Set.of("状況", "申出の方法", "申出人", "種類", "理由と考えられること", "勤務先", "担当窓口", "発生日",
                "決定した人・部署", "何があったか", "申出日時", "受付通知の目標日", "処理結果の目標日", "関連する以前の苦情",
                "配置転換の記録", "処理結果", "理由", "是正措置", "是正措置の内容");
        try (Browser b = new Browser()) {
            b.login(base, "grievance");
            b.open(base + "grievance/case.xhtml?id=" + id);
            b.waitForText(description);
            Layout.assertLabelledRows(b, "form[id='case'] > div", labels,
                    Set.of("状況", "申出の方法", "申出人", "種類", "勤務先", "担当窓口", "何があったか", "申出日時",
                            "受付通知の目標日", "処理結果の目標日"));
            // Issue 15, item 13: the step tracker; an acknowledged complaint is at its second step
            java.util.List<WebElement> steps = b.driver().findElements(By.cssSelector("[id='course'] li"));
            assertEquals(4, steps.size(), "the steps of the course");
            assertTrue(steps.get(1).getAttribute("class").contains("ui-state-highlight")
                    && steps.get(1).getText().contains("受付済み"), steps.get(1).getAttribute("class"));
            b.screenshot("issue15-13-grievance-progress");
        }
    }

    /**
     * Issue 15, item 6: the hint under the file field of the public complaint form stood in a column with no width
     * left and wrapped one character per line.
     */
    @Test
    void thePublicComplaintFormsHintsAreReadableLines() {
        try (Browser b = new Browser()) {
            b.open(base + "public/complaint.xhtml");
            b.id("complaint:file");
            java.util.List<WebElement> hints = b.driver().findElements(By.cssSelector("form[id='complaint'] .cl-hint"))
                    .stream().filter(WebElement::isDisplayed).toList();
            assertTrue(hints.size() >= 2, "the type hint and the file hint: " + hints.size());
            for (WebElement hint : hints) {
                double lines = Layout.lines(b, hint);
                assertTrue(hint.getSize().getWidth() >= 250 && lines <= 4, "the hint \"" + hint.getText() + "\" is "
                        + hint.getSize().getWidth() + " px wide and " + lines + " lines high");
            }
            assertFalse(Layout.scrollsSideways(b), "nothing is wider than the window");
        }
    }

    private static Path file(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("grievance-browser");
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issue 15, item 17: a named complaint did not prefill the employer although the complainant's own record names it,
     * and the required fields were not marked consistently.
     */
    @Test
    void aNamedComplaintStartsWithTheComplainantsEmployerAndMarksItsRequiredFields() {
        String description = "雇用主は本人の記録から " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = new Browser()) {
            b.login(base, "employee");
            b.open(base + "grievance/lodge.xhtml");
            assertEquals("経済産業省（METI）", b.id("complaint:employer_input").getAttribute("value"),
                    "the employer of the complainant's own record");
            for (String field : new String[] {"type", "employer", "description"}) {
                assertFalse(b.driver().findElements(By.cssSelector("label[for^='complaint:" + field + "'] .ui-outputlabel-rfi"))
                        .isEmpty(), field + " is marked as required");
            }
            assertTrue(b.source().contains("* の付いた項目は必須です。"), "the mark is explained");
            pick(b, "complaint:type", "不利益な配置転換・業務の割当て");
            b.idle();
            assertFalse(b.driver().findElements(By.cssSelector("label[for^='complaint:ground'] .ui-outputlabel-rfi"))
                    .isEmpty(), "the ground is required for a complaint of unfair treatment");
            pick(b, "complaint:ground", "適性評価の結果");
            b.type("complaint:description", description);
            b.click("complaint:submit");
            b.click("complaint:confirmYes");
            try {
                b.waitForUrl("grievance/complaint.xhtml");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("not lodged: " + b.id("complaint").getText(), e);
            }
            b.waitForText(description);
        }
        JsonObject mine = Api.as(base, "employee").get("grievances/mine?size=5").json();
        JsonObject lodged = mine.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> description.equals(Api.as(base, "employee").get("grievances/mine/"
                        + o.getJsonNumber("id").longValue()).json().getString("description"))).findFirst().orElseThrow();
        assertEquals("経済産業省", Api.as(base, "employee").get("grievances/mine/" + lodged.getJsonNumber("id").longValue())
                .json().getString("employerNameJa"));
    }
}
