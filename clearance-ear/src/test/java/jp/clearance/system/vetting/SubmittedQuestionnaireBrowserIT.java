package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import jakarta.json.JsonArray;
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

/**
 * Issue 15, item 14: the employee sees what they submitted (the questionnaire, read-only) and keeps a PDF copy of it;
 * nobody else gets the copy, and there is none before the submission.
 */
@ExtendWith(ArquillianExtension.class)
class SubmittedQuestionnaireBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePersonReadsTheSubmittedQuestionnaireAndKeepsACopy() throws Exception {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.submitted(p);

        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/mine.xhtml");
            b.waitForText("提出した質問票を見る");
            String copy = b.css("a[id$=':copy']").getAttribute("href");
            b.css("[id$=':answers']").click();
            b.waitForUrl("vetting/questionnaire.xhtml");
            b.waitForText("東京都千代田区");
            b.id("q:readOnly");
            assertTrue(b.driver().findElements(By.id("q:save")).isEmpty(), "nothing to save: it is submitted");
            assertTrue(b.driver().findElement(By.cssSelector("input[data-field='domicile']")).getAttribute("disabled")
                    != null, "the answers are read-only");

            b.screenshot("issue15-14-submitted-questionnaire");
            HttpResponse<byte[]> pdf = b.fetch(copy);
            assertEquals(200, pdf.statusCode());
            String text;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            }
            for (String expected : new String[] {"質問票の写し", p.name(), "提出日時", "本人について（本籍・住所）",
                    "東京都千代田区", "家族及び同居人", "配偶者", "試験 花子", "1987/02/02", "重要経済安保情報"}) {
                assertTrue(text.contains(expected.replaceAll("\\s", "")), "the copy has " + expected + ": " + text);
            }
            assertTrue(!text.contains("SPOUSE") && !text.contains("1987-02-02") && !text.contains("CONFIDENTIAL"),
                    "choices, days and the level in words: " + text);
        }

        JsonArray exports = Api.as(base, "auditor").get("audit?action=EXPORT&entityType=Questionnaire&entityId=" + id)
                .json().getJsonArray("items");
        assertEquals(1, exports.size(), "the copy is audited: " + exports);

        try (Browser officer = new Browser()) {
            officer.login(base, "officer");
            int status = officer.fetch(base + "vetting/documents/questionnaire.pdf?id=" + id).statusCode();
            assertTrue(status == 403 || status == 404, "nobody else gets the copy: " + status);
        }
    }

    @Test
    void thereIsNoCopyBeforeTheSubmission() throws Exception {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);
        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "vetting/mine.xhtml");
            b.waitForText("質問票に記入する");
            assertTrue(b.driver().findElements(By.cssSelector("a[id$=':copy']")).isEmpty(), "no copy offered yet");
            assertEquals(404, b.fetch(base + "vetting/documents/questionnaire.pdf?id=" + id).statusCode());
        }
    }
}
