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
            b.type("list:entityType", "InvestigationFile");
            b.type("list:entityId", Long.toString(id));
            b.click("list:search");
            b.idle();
            b.waitForText("目的: " + purpose + "; refused=role"); // the purpose as the auditor reads it (issue 15, item 10)
            b.waitForText("compliance");
        }
    }
}
