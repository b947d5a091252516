package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import jp.clearance.system.Browser;
import jp.clearance.system.Deployments;
import jp.clearance.system.vetting.VettingFixture.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 15, item 18: the portal at 390 CSS pixels wide (a phone): on the main pages (login, home, the questionnaire, the
 * evaluation lists) nothing makes the document wider than the window (tables scroll inside their container, forms
 * stack, the menu goes above the page).
 */
@ExtendWith(ArquillianExtension.class)
class PhoneLayoutBrowserIT {
    private static final int WIDTH = 390;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /**
     * The document is no wider than the window: {@code scrollWidth <= clientWidth} of the root element; a failure names
     * the elements whose right edge passes the window.
     */
    @SuppressWarnings("unchecked")
    private static void assertFits(Browser b, String page) {
        b.idle();
        Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(
                "var d = document.documentElement, out = [];"
                        + " function clipped(e) { for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                        + "   if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; }"
                        + " document.querySelectorAll('body *').forEach(function (e) {"
                        + "   var r = e.getBoundingClientRect();"
                        + "   if (r.width > 0 && r.right > d.clientWidth + 0.5 && out.length < 8 && !clipped(e)) {"
                        + "     out.push(e.tagName + '#' + e.id + '.' + (typeof e.className === 'string' ? e.className : '')"
                        + "       + ' right=' + Math.round(r.right) + ' width=' + Math.round(r.width)); } });"
                        + " return {scroll: d.scrollWidth, client: d.clientWidth, inner: window.innerWidth, wide: out};");
        long inner = ((Number) m.get("inner")).longValue();
        long scroll = ((Number) m.get("scroll")).longValue();
        long client = ((Number) m.get("client")).longValue();
        assertEquals(WIDTH, inner, page + ": the window is a phone's width");
        assertTrue(scroll <= client, page + ": the document is " + scroll + " px wide in a window of " + client
                + " px; too wide: " + (List<String>) m.get("wide"));
    }

    @Test
    void theMainPagesFitAPhoneWithoutScrollingSideways() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        fx.consent(p, id);

        try (Browser b = new Browser("ja", WIDTH, 844)) {
            b.open(base + "login.xhtml");
            assertFits(b, "login");
            b.login(base, p.username());
            assertFits(b, "home");
            b.open(base + "vetting/mine.xhtml");
            assertFits(b, "my evaluations");
            b.open(base + "vetting/questionnaire.xhtml?id=" + id);
            b.dataField("domicile", 0);
            assertFits(b, "questionnaire");
            b.open(base + "vetting/questionnaire.xhtml?id=" + id + "&section=EMPLOYMENT");
            b.clickAjax("[id='q:add']");
            b.dataField("from", 0);
            assertFits(b, "questionnaire, employment");
        }
        try (Browser b = new Browser("ja", WIDTH, 844)) {
            b.login(base, "officer");
            assertFits(b, "officer's home");
            b.open(base + "vetting/queue.xhtml");
            b.id("list:table");
            assertFits(b, "evaluation list (officer's queue)");
            // the table keeps its columns and scrolls inside its container
            Object scrolls = ((JavascriptExecutor) b.driver()).executeScript(
                    "var w = document.querySelector(\"[id='list:table'] .ui-datatable-tablewrapper\");"
                            + " return w ? getComputedStyle(w).overflowX : null;");
            assertEquals("auto", scrolls, "the table's container scrolls sideways");
        }
    }
}
