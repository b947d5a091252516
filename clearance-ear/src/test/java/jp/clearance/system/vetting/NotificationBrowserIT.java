package jp.clearance.system.vetting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Issue 12 (notifications): a notification links to the record it is about; opening it shows the record and marks the
 * notification read, and the header's unread count goes down.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNotificationOpensItsRecordAndIsThenRead() {
        VettingFixture fx = new VettingFixture(base);
        Person p = fx.person("METI");
        long id = fx.nominate("officer", p);
        try (Browser b = new Browser()) {
            b.login(base, p.username());
            b.open(base + "notifications.xhtml");
            b.waitForText("あなたを適性評価の対象として推薦しました");
            assertTrue(b.id("header:unread").getText().trim().equals("1"), "one unread notification: " + b.id("header:unread").getText());
            b.css("a[id$=':open']").click();
            b.waitForUrl("vetting/evaluation.xhtml?id=" + id);
            b.waitForText("同意待ち");
            assertTrue(b.driver().findElements(By.id("header:unread")).isEmpty(), "nothing unread any more");
            b.open(base + "notifications.xhtml");
            b.waitForText("お知らせはありません。");
            assertFalse(b.source().contains("あなたを適性評価の対象として推薦しました"), "the unread list is empty");
        }
    }
}
