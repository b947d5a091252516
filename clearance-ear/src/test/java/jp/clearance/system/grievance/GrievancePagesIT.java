package jp.clearance.system.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import jp.clearance.system.Api;
import jp.clearance.system.Deployments;
import jp.clearance.system.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every grievance page renders for the roles that use it (plain HTTP), in Japanese and English; others are refused. */
@ExtendWith(ArquillianExtension.class)
class GrievancePagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static void renders(Portal portal, String path, String text) {
        Portal.Page page = portal.get(path);
        assertEquals(200, page.status(), path);
        assertFalse(page.contains("id=\"errorText\""), path + " failed: " + page.html());
        assertTrue(page.contains(text), path + " lacks " + text);
    }

    @Test
    void thePublicPagesNeedNoLogin() {
        Portal anonymous = new Portal(base);
        renders(anonymous, "public/complaint.xhtml", "苦情の申出（匿名）");
        renders(anonymous, "public/receipt.xhtml", "申出の状況の確認（匿名）");
    }

    @Test
    void theEmployeesPages() {
        long id = GrievanceFixture.lodgeNamed(base, "HARASSMENT", "HAVING_COMPLAINED",
                "ページ確認 " + UUID.randomUUID().toString().substring(0, 8)).getJsonNumber("id").longValue();
        Portal employee = new Portal(base);
        employee.login("employee", Api.DEMO_PASSWORD);
        renders(employee, "index.xhtml", "menuGrievanceLodge");
        renders(employee, "grievance/lodge.xhtml", "苦情の申出");
        renders(employee, "grievance/lodge.xhtml", "id=\"complaint:file\"");
        renders(employee, "grievance/mine.xhtml", "grievance/complaint.xhtml?id=");
        renders(employee, "grievance/complaint.xhtml?id=" + id, "嫌がらせ");
        renders(employee, "grievance/complaint.xhtml?id=" + id, "添付ファイル");
        assertFalse(employee.get("grievance/queue.xhtml").contains("id=\"list:table\""), "no queue for employees");
    }

    @Test
    void theDesksPages() {
        long id = GrievanceFixture.lodgeNamed(base, "PAY_CUT", "REFUSED_CONSENT",
                "ページ確認 " + UUID.randomUUID().toString().substring(0, 8)).getJsonNumber("id").longValue();
        Portal desk = new Portal(base);
        desk.login("grievance", Api.DEMO_PASSWORD);
        renders(desk, "grievance/queue.xhtml", "苦情の受付一覧");
        renders(desk, "grievance/queue.xhtml", "id=\"list:desk\"");
        renders(desk, "grievance/case.xhtml?id=" + id, "受付を通知する");
        renders(desk, "grievance/case.xhtml?id=" + id, "受付まで7日");
        renders(desk, "grievance/case.xhtml?id=" + id, "id=\"files:file\"");
        renders(desk, "grievance/case.xhtml?id=" + id, "理由・状態");
        renders(desk, "grievance/statistics.xhtml", "CSVを出力する");
        // the figures of the year so far are there when the page opens, not only after a button (issue 12)
        renders(desk, "grievance/statistics.xhtml", "id=\"stats:total\"");
        renders(desk, "grievance/transfers.xhtml", "配置転換の記録");
        String transfers = Api.as(base, "grievance").get("transfers?alerted=true&size=1").json()
                .getJsonArray("items").toString();
        if (transfers.contains("\"id\"")) {
            long t = Api.as(base, "grievance").get("transfers?alerted=true&size=1").json().getJsonArray("items")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            renders(desk, "grievance/transfer.xhtml?id=" + t, "職権で苦情の案件を開く");
        }
    }

    @Test
    void theEmployersTransferPage() {
        long person = Api.as(base, "officer").get("people?name=ナカムラ").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long t = Api.as(base, "admin").post("transfers", "{\"personId\":" + person + ",\"reason\":\"REFUSAL\"}").json()
                .getJsonNumber("id").longValue();
        Portal officer = new Portal(base);
        officer.login("officer", Api.DEMO_PASSWORD);
        renders(officer, "grievance/transfers.xhtml", "配置転換の記録");
        Portal.Page page = officer.get("grievance/transfer.xhtml?id=" + t);
        renders(officer, "grievance/transfer.xhtml?id=" + t, "異動を記録する");
        assertTrue(page.contains("新しい月額給与"));
    }
}
