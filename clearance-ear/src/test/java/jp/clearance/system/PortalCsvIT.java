package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 8: a CSV downloaded from the Japanese portal names its columns in Japanese (the REST API keeps the
 * machine names, see DesignationsIT and IncidentsIT).
 */
@ExtendWith(ArquillianExtension.class)
class PortalCsvIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePenaltyLedgerAndTheDesignationRegisterDownloadWithJapaneseColumns() {
        assertTrue(download("compliance", "incident/ledger.xhtml", "list:csv")
                        .startsWith("\uFEFF事案番号,被疑事実番号,関係者,法人,法律,条項,罰則,"),
                "the ledger's columns in Japanese");
        String register = download("officer", "designation/designations.xhtml", "list:export");
        assertTrue(register.startsWith("\uFEFF機関,整理番号,件名,区分,分野,事項,指定日,有効期間の満了日,状態,"),
                "the register's columns in Japanese: " + register.lines().findFirst().orElse(""));
    }

    private String download(String user, String page, String button) {
        Portal portal = new Portal(base);
        portal.login(user, Api.DEMO_PASSWORD);
        Portal.Page list = portal.get(page);
        assertEquals(200, list.status(), list.toString());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("list", "list");
        form.put(button, "");
        form.put("jakarta.faces.ViewState", list.viewState());
        Portal.Page csv = portal.post(page, form);
        assertEquals(200, csv.status(), csv.toString());
        return csv.html();
    }
}
