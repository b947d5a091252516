package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, "done when": an accessibility check (axe-core, WCAG 2.1 A and AA) finds no serious or critical violation
 * on the main pages of each role, in Japanese and in English.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** The main pages of each demo login (null: without a login). */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(null, List.of("login.xhtml", "public/complaint.xhtml", "public/receipt.xhtml"));
        PAGES.put("employee", List.of("index.xhtml", "vetting/mine.xhtml", "grievance/mine.xhtml", "grievance/lodge.xhtml",
                "account/password.xhtml"));
        PAGES.put("officer", List.of("index.xhtml", "vetting/queue.xhtml", "designation/designations.xhtml",
                "designation/certifications.xhtml", "vetting/eligibilities.xhtml"));
        PAGES.put("investigator", List.of("vetting/queue.xhtml"));
        PAGES.put("adjudicator", List.of("vetting/queue.xhtml"));
        PAGES.put("compliance", List.of("incident/incidents.xhtml", "incident/ledger.xhtml", "incident/statistics.xhtml"));
        PAGES.put("grievance", List.of("grievance/queue.xhtml", "grievance/transfers.xhtml", "grievance/statistics.xhtml"));
        PAGES.put("auditor", List.of("audit/trail.xhtml", "reference/index.xhtml"));
        PAGES.put("admin", List.of("admin/people.xhtml", "admin/accounts.xhtml", "admin/organizations.xhtml"));
    }

    @Test
    void theMainPagesOfEveryRoleHaveNoSeriousOrCriticalViolation() {
        List<String> found = new ArrayList<>();
        for (String language : new String[] {"ja", "en"}) {
            for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
                try (Browser b = new Browser(language)) {
                    if (role.getKey() != null) {
                        b.login(base, role.getKey());
                    }
                    for (String page : role.getValue()) {
                        b.open(base + page);
                        for (String v : b.accessibilityViolations()) {
                            found.add(language + " " + (role.getKey() == null ? "anonymous" : role.getKey()) + " "
                                    + page + ": " + v);
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "serious or critical accessibility violations:\n" + String.join("\n", found));
    }
}
