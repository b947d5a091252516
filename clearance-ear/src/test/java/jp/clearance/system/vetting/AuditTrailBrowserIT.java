package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * Issue 15, item 12: the audit trail as an auditor reads it. Who (the person's name and role), what in words, on which
 * record (linked to its page), filtered by kind of record from a list, and exported as CSV and PDF in the reader's
 * language, the export itself audited.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAuditorReadsWhoDidWhatOnWhichRecordAndExportsIt() throws Exception {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);

        try (Browser b = new Browser()) {
            b.login(base, "auditor");
            b.open(base + "audit/trail.xhtml");
            b.idle();
            b.choose("list:entityType", "適性評価");
            b.type("list:entityId", Long.toString(id));
            b.click("list:search");
            b.idle();
            b.waitForText("佐藤 花子 (officer)");
            String table = b.id("list:table").getText();
            assertTrue(table.contains("機関保全責任者"), "the actor's role in words: " + table);
            assertTrue(table.contains("作成") && table.contains("適性評価"), "what, in words: " + table);
            assertFalse(table.contains("Evaluation") || table.contains("AGENCY_SECURITY_OFFICER"),
                    "no class names or role codes: " + table);
            b.screenshot("issue15-12-audit-trail");
            String record = b.css("a[id$=':record']").getAttribute("href");
            assertTrue(record.endsWith("vetting/evaluation.xhtml?id=" + id), "the record is linked: " + record);

            HttpResponse<byte[]> csv = b.fetch(href(b, "list:csv"));
            assertEquals(200, csv.statusCode());
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF番号,日時,実行者,役割,操作,対象の種類,対象ID,内容,ハッシュ\r\n"),
                    "a byte-order mark and the headers in Japanese: " + text);
            assertTrue(text.contains(",佐藤 花子 (officer),機関保全責任者,作成,適性評価," + id + ","),
                    "the entry as the page shows it: " + text);
            assertEquals(2, text.split("\r\n").length, "only what the filter shows: " + text);

            HttpResponse<byte[]> pdf = b.fetch(href(b, "list:pdf"));
            assertEquals(200, pdf.statusCode());
            String pdfText;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
            assertTrue(pdfText.contains("監査証跡") && pdfText.contains("佐藤 花子 (officer)")
                    && pdfText.contains("対象の種類 適性評価"), "the PDF with its filter: " + pdfText);
        }

        JsonObject exports = Api.as(base, "auditor").get("audit?action=EXPORT&entityType=AuditChain&size=2").json();
        String details = exports.getJsonArray("items").toString();
        assertTrue(details.contains("pdf") && details.contains("csv") && details.contains(Long.toString(id)),
                "both exports are on the trail with their filter: " + details);

        try (Browser b = new Browser("en")) {
            b.login(base, "auditor");
            b.open(base + "audit/trail.xhtml");
            b.idle();
            b.choose("list:entityType", "evaluation");
            b.type("list:entityId", Long.toString(id));
            b.click("list:search");
            b.idle();
            b.waitForText("Hanako Sato (officer)");
            assertTrue(b.id("list:table").getText().contains("Agency security officer"), b.id("list:table").getText());
        }
    }

    /** The link of a p:linkButton (an anchor, or a span around one, depending on the PrimeFaces version). */
    private static String href(Browser b, String clientId) {
        org.openqa.selenium.WebElement e = b.id(clientId);
        return "a".equals(e.getTagName()) ? e.getAttribute("href")
                : e.findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href");
    }

    @Test
    void nobodyButAnAuditorExportsTheTrail() throws Exception {
        try (Browser b = new Browser()) {
            b.login(base, "officer");
            HttpResponse<byte[]> csv = b.fetch(base + "audit/export.csv");
            assertEquals(403, csv.statusCode());
        }
    }
}
