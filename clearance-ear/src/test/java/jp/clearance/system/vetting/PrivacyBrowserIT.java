package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
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

/** A refused read of personal data as the auditor finds it on the audit trail page, with its access-denied filter. */
@ExtendWith(ArquillianExtension.class)
class PrivacyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAuditorFindsTheComplianceOfficersRefusedReadOnTheAuditTrailPage() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.submitted(p);
        String purpose = "curiosity-" + VettingFixture.unique();
        assertEquals(403, Api.as(base, "compliance").get("evaluations/" + id + "/file?purpose=" + purpose).status());

        try (Browser b = new Browser()) {
            b.login(base, "auditor");
            b.open(base + "audit/trail.xhtml");
            b.idle();
            b.choose("list:action", "アクセス拒否");
            b.choose("list:entityType", "調査資料");
            b.type("list:entityId", Long.toString(id));
            b.click("list:search");
            b.idle();
            // the purpose and the reason as the auditor reads them (issue 15, items 10 and 12)
            b.waitForText("目的: " + purpose + "; 拒否の理由: 必要な役割がない");
            b.waitForText("コンプライアンス担当"); // who, by role
        }
    }
}
