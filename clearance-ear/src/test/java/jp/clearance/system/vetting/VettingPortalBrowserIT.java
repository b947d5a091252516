package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.clearance.system.Api;
import jp.clearance.system.Browser;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Organ;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The vetting portal pages around the questionnaire, in real headless Chromium and both languages: the eligibility
 * list with names instead of codes, an adjudicator suspending, reinstating and revoking a clearance of their organ
 * (reason required, confirmation, a change by someone else in between refused), an officer starting a re-evaluation
 * from a record, the officer's letter of non-consent and certificate PDFs from the case page, and a user with two
 * vetting roles switching the work queue between them.
 */
@ExtendWith(ArquillianExtension.class)
class VettingPortalBrowserIT {

    /** The name of the level CONFIDENTIAL in the reference data (V2), in each language. */
    private static final String CONFIDENTIAL_JA = "重要経済安保情報";
    private static final String CONFIDENTIAL_EN = "Confidential class (Critical Economic Security Information)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;


    private static void assertPdf(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "a PDF");
    }

    private static String text(Browser b, String clientId) {
        return b.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("[id='" + clientId + "']")).getText());
    }

    /** Waits until the first row's status cell reads so. */
    private static void status(Browser b, String expected) {
        b.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.cssSelector("[id='list:table:0:status']")).getText().equals(expected));
    }

    /** Opens the status dialog of the first row and types the reason. */
    private static void openChange(Browser b, String reason) {
        b.clickAjax("[id='list:table:0:change']");
        b.visible("changeForm:reason");
        b.type("changeForm:reason", reason);
    }

    private static boolean present(Browser b, String clientId) {
        return !b.driver().findElements(By.cssSelector("[id='" + clientId + "']")).isEmpty();
    }

    @Test
    void anAdjudicatorSuspendsReinstatesAndRevokesAClearanceOfTheirOrganShownWithNamesNotCodes() {
        VettingFixture fx = new VettingFixture(base);
        Organ organ = fx.organ();
        Person p = fx.person(organ.code());
        long id = fx.external(p, organ.id());
        long byMeti = fx.external(p, fx.orgId("METI"));
        String adjudicator = fx.login(organ.code(), "ADJUDICATOR");
        try (Browser b = new Browser()) {
            b.login(base, adjudicator);
            b.click("menuEligibilities");
            b.waitForUrl("vetting/eligibilities.xhtml");
            String table = text(b, "list:table");
            assertTrue(table.contains(organ.nameJa()) && table.contains(CONFIDENTIAL_JA) && table.contains("有効"), table);
            assertFalse(table.contains("CONFIDENTIAL") || table.contains(organ.code()) || table.contains("VALID")
                    || table.contains("EXTERNAL"), "no raw codes: " + table);
            assertEquals(1, b.driver().findElements(By.cssSelector("[id='list:table_data'] > tr")).size(),
                    "only the record of the adjudicator's own organ, not METI's: " + table);
            assertFalse(present(b, "add:record"), "external records are entered by administrators only");
            assertFalse(present(b, "list:table:0:reEvaluate"), "re-evaluations are started by officers");

            // The reason is required: confirmed without one, nothing changes and the dialog stays open.
            b.clickAjax("[id='list:table:0:change']");
            b.visible("changeForm:reason");
            b.css("[id='changeForm:suspend']").click();
            b.confirmYes();
            assertTrue(b.id("changeForm:reason").getAttribute("class").contains("ui-state-error"), "reason flagged");
            assertEquals("VALID", fx.eligibility(p.id(), id).getString("status"));

            b.type("changeForm:reason", "漏えい事案の調査中のため");
            b.css("[id='changeForm:suspend']").click();
            b.confirmYes();
            b.waitForText(p.name() + " の資格は「停止」になりました。");
            status(b, "停止");
            assertEquals("SUSPENDED", fx.eligibility(p.id(), id).getString("status"));

            // Someone else reinstates it while the dialog is open: the adjudicator's change is refused, not applied twice.
            openChange(b, "調査終了");
            Api.Response other = Api.as(base, "admin").post("eligibilities/" + id + "/reinstatement",
                    "{\"reason\":\"管理者による解除\"}");
            assertEquals(200, other.status(), other.toString());
            b.css("[id='changeForm:reinstate']").click();
            b.confirmYes();
            b.waitForText("他の利用者がこの記録を先に更新しました。");
            ((JavascriptExecutor) b.driver()).executeScript("PF('changeDialog').hide();");
            b.clickAjax("[id='list:search']");
            status(b, "有効");

            openChange(b, "再度の停止");
            b.css("[id='changeForm:suspend']").click();
            b.confirmYes();
            status(b, "停止");
            openChange(b, "調査の結果、問題なし");
            b.css("[id='changeForm:reinstate']").click();
            b.confirmYes();
            b.waitForText(p.name() + " の資格は「有効」になりました。");
            status(b, "有効");

            // Revocation is final: the confirmation says so.
            openChange(b, "重大な漏えいが認められたため");
            b.css("[id='changeForm:revoke']").click();
            b.waitForText("取消しは元に戻せず");
            b.confirmYes();
            b.waitForText(p.name() + " の資格は「取消し」になりました。");
            status(b, "取消し");
            assertFalse(present(b, "list:table:0:change"), "a revoked clearance has no further status change");

            // The same page in English: the organ's and the level's English names.
            b.click("header:langEn");
            b.waitForText(organ.nameEn());
            table = text(b, "list:table");
            assertTrue(table.contains(CONFIDENTIAL_EN) && table.contains("Revoked") && table.contains(organ.nameEn()), table);
            assertFalse(table.contains(organ.nameJa()), table);
        }
        assertEquals("REVOKED", fx.eligibility(p.id(), id).getString("status"));
        assertEquals("重大な漏えいが認められたため", fx.eligibility(p.id(), id).getString("statusReason"));
        assertEquals("VALID", fx.eligibility(p.id(), byMeti).getString("status"), "METI's record is untouched");
    }

    @Test
    void anOfficerStartsAReEvaluationFromAClearance() {
        VettingFixture fx = new VettingFixture(base);
        Organ organ = fx.organ();
        Person p = fx.person(organ.code());
        fx.external(p, organ.id());
        String officer = fx.login(organ.code(), "AGENCY_SECURITY_OFFICER");
        try (Browser b = new Browser()) {
            b.login(base, officer);
            b.click("menuEligibilities");
            b.waitForUrl("vetting/eligibilities.xhtml");
            assertFalse(present(b, "list:table:0:change"), "officers do not suspend or revoke");
            b.clickAjax("[id='list:table:0:reEvaluate']");
            b.visible("reEvaluateForm:scope");
            b.click("reEvaluateForm:start");
            b.idle();
            assertTrue(b.id("reEvaluateForm:scope").getAttribute("class").contains("ui-state-error"), "scope required");
            b.type("reEvaluateForm:scope", "半導体サプライチェーン指定 2026-07");
            b.clickAjax("[id='reEvaluateForm:start']");
            b.waitForText(p.name() + " の再評価を開始しました（推薦済み）。");
        }
        List<jakarta.json.JsonObject> items = Api.as(base, officer).get("evaluations").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).toList();
        assertTrue(items.stream().anyMatch(e -> e.getJsonNumber("personId").longValue() == p.id()
                && e.getString("state").equals("NOMINATED")), "the holder is nominated again: " + items);
    }

    @Test
    void theOfficerDownloadsTheLetterOfNonConsentAndTheCertificateFromTheCasePage() throws Exception {
        VettingFixture fx = new VettingFixture(base);
        Person refusing = fx.person("METI");
        long refused = fx.nominate("officer", refusing);
        Person holder = fx.person("METI");
        long favourable = fx.favourable(holder);
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            b.open(base + "vetting/evaluation.xhtml?id=" + refused);
            b.waitForText(refusing.name());
            assertFalse(present(b, "ev:letter") || present(b, "ev:certificate"), "no document before the answer");

            assertEquals(200, fx.act(refusing.username(), refused, "refuse", null).status());
            b.open(base + "vetting/evaluation.xhtml?id=" + refused);
            WebElement letter = b.css("a[id='ev:letter']");
            assertEquals("不同意書（PDF）", letter.getText().trim());
            String href = letter.getAttribute("href");
            assertTrue(href.endsWith("vetting/documents/letter.pdf?id=" + refused), href);
            assertPdf(b.fetch(href));
            assertFalse(present(b, "ev:certificate"));

            b.open(base + "vetting/evaluation.xhtml?id=" + favourable);
            WebElement certificate = b.css("a[id='ev:certificate']");
            assertEquals("適性評価結果証明書（PDF）", certificate.getText().trim());
            assertPdf(b.fetch(certificate.getAttribute("href")));
            assertFalse(present(b, "ev:letter"));

            b.click("header:langEn");
            b.waitForText("Certificate of eligibility (PDF)");
            b.open(base + "vetting/evaluation.xhtml?id=" + refused);
            assertEquals("Letter of non-consent (PDF)", b.css("a[id='ev:letter']").getText().trim());
        }
    }

    @Test
    void aUserWithTwoVettingRolesSwitchesTheWorkQueueBetweenThem() {
        VettingFixture fx = new VettingFixture(base);
        Organ organ = fx.organ();
        String both = fx.login(organ.code(), "AGENCY_SECURITY_OFFICER", "ADJUDICATOR");
        Person nominated = fx.person(organ.code());
        Person reported = fx.person(organ.code());
        fx.nominate(both, nominated);
        long id = fx.nominate(both, reported);
        fx.consent(reported, id);
        fx.fillIn(reported, id);
        fx.submit(reported, id);
        fx.investigate("investigator", id);
        assertEquals("REPORTED", fx.state(both, id));
        try (Browser b = new Browser()) {
            b.login(base, both);
            b.open(base + "vetting/queue.xhtml");
            String table = text(b, "list:table");
            assertTrue(table.contains(nominated.name()) && table.contains(reported.name()), "officer's queue: " + table);
            List<String> options = b.driver().findElements(By.cssSelector("[id='list:view_input'] option")).stream()
                    .map(o -> o.getAttribute("textContent").trim()).toList();
            assertEquals(List.of("機関保全責任者", "評価判定者"), options, "only the user's vetting roles");

            b.choose("list:view", "評価判定者");
            b.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    !d.findElement(By.cssSelector("[id='list:table']")).getText().contains(nominated.name()));
            table = text(b, "list:table");
            assertTrue(table.contains(reported.name()), "the adjudicator's queue has the reported case: " + table);

            b.click("header:langEn");
            b.waitForText("Work queue of the role");
            options = b.driver().findElements(By.cssSelector("[id='list:view_input'] option")).stream()
                    .map(o -> o.getAttribute("textContent").trim()).toList();
            assertEquals(List.of("Agency security officer", "Adjudicator"), options);
            b.choose("list:view", "Adjudicator");
            b.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    !d.findElement(By.cssSelector("[id='list:table']")).getText().contains(nominated.name()));
            b.choose("list:view", "Agency security officer");
            b.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.cssSelector("[id='list:table']")).getText().contains(nominated.name()));
        }
        try (Browser b = new Browser()) {
            b.login(base, fx.login(organ.code(), "ADJUDICATOR"));
            b.open(base + "vetting/queue.xhtml");
            String table = text(b, "list:table");
            assertTrue(table.contains(reported.name()) && !table.contains(nominated.name()), table);
            assertFalse(present(b, "list:view"), "one vetting role: no choice to make");
        }
    }

    /**
     * Issue 15, item 10: after the reuse of a prior result the page said 調査報告に基づいて判定します although this
     * evaluation has no investigation report; and an investigator who also holds ADJUDICATOR was shown the decision
     * form on the case they investigated, refused only when they submitted it. The EJB layer now tells the page
     * whether the caller may decide; the four-eyes rule itself stays there (the API still refuses such a decision).
     */
    @Test
    void theDecisionFormIsShownOnlyToAnAdjudicatorWhoMayDecideAndAReuseSaysWhatTheDecisionRestsOn() {
        VettingFixture fx = new VettingFixture(base);
        String both = fx.login("CAO", "INVESTIGATOR", "ADJUDICATOR");
        Person p = fx.person("TOWA-HI");
        fx.certify("officer", "TOWA-HI", "加藤");
        long first = fx.submitted(p);
        fx.investigate(both, first);
        assertEquals(200, fx.decide("adjudicator", first, true, "問題なし").status());
        String caoOfficer = fx.login("CAO", "AGENCY_SECURITY_OFFICER");
        long second = fx.nominate(caoOfficer, p);
        fx.consent(p, second);
        Api.Response reused = fx.act(caoOfficer, second, "reuse", "\"priorId\":" + first);
        assertEquals(200, reused.status(), reused.toString());

        try (Browser b = new Browser()) {
            b.login(base, both);
            b.open(base + "vetting/evaluation.xhtml?id=" + second);
            b.waitForText("判定待ち");
            String next = b.id("ev").getText();
            assertFalse(next.contains("調査報告に基づいて判定します"), next);
            assertTrue(next.contains("活用する過去の評価結果（上記）に基づいて判定します"), next);
            b.type("ev:purpose", "判定のため");
            b.clickAjax("[id='ev:openFile']");
            b.waiting().until(d -> d.getPageSource().contains("調査の結果、懸念は認められない。")
                    || !d.findElements(By.cssSelector("[id='ev:decide']")).isEmpty());
            assertTrue(b.driver().findElements(By.cssSelector("[id='ev:decide']")).isEmpty()
                    && b.driver().findElements(By.cssSelector("[id='ev:favourable']")).isEmpty(),
                    "no decision form for the investigator of the reused investigation");
        }
        assertEquals("error.vetting.fourEyes", fx.decide(both, second, true, "自分の調査").json().getString("key"),
                "the EJB layer still refuses it");

        String caoAdjudicator = fx.login("CAO", "ADJUDICATOR");
        try (Browser b = new Browser()) {
            b.login(base, caoAdjudicator);
            // A case that does not exist is named in words, its number as written (not "Evaluation 987,654,321").
            b.open(base + "vetting/evaluation.xhtml?id=987654321");
            b.waitForText("記録が見つかりません（適性評価 987654321）");
            assertFalse(b.source().contains("Evaluation"), "no Java class name");
            b.open(base + "vetting/evaluation.xhtml?id=" + second);
            b.type("ev:purpose", "判定のため");
            b.clickAjax("[id='ev:openFile']");
            b.waiting().until(d -> !d.findElements(By.cssSelector("[id='ev:decide']")).isEmpty());
            b.id("ev:favourable");
        }
    }

    /** Issue 15, item 10: the audit trail showed the purposes the system records in English ("review by the person"). */
    @Test
    void theAuditTrailShowsThePurposesTheSystemRecordsInTheAuditorsLanguage() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        Api.Response review = Api.as(base, p.username()).get("evaluations/" + id + "/review");
        assertEquals(200, review.status(), review.toString());
        try (Browser b = new Browser()) {
            b.login(base, "auditor");
            b.open(base + "audit/trail.xhtml");
            b.type("list:actor", p.username());
            b.clickAjax("[id='list:search']");
            b.waiting().until(d -> text(b, "list:table").contains("目的: 本人による提出前の確認"));
            assertFalse(text(b, "list:table").contains("review by the person"), text(b, "list:table"));
        }
    }
}
