package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** The vetting queue's search takes any text: text that is not a case number is a name search, never the 500 page. */
@ExtendWith(ArquillianExtension.class)
class QueueSearchBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void textThatIsNotACaseNumberSearchesNamesInsteadOfFailing() {
        for (String user : new String[] {"officer", "investigator"}) {
            try (Browser b = new Browser()) {
                b.login(base, user);
                for (String text : new String[] {"1-2", "12345678901234567890123", "1.5", "%_"}) {
                    b.open(base + "vetting/queue.xhtml");
                    b.type("list:text", text);
                    b.clickAjax("[id='list:search']");
                    b.idle();
                    String table = b.waiting().ignoring(StaleElementReferenceException.class)
                            .until(d -> d.findElement(By.cssSelector("[id='list:table']")).getText());
                    assertTrue(table.contains("該当する記録はありません。"), user + " " + text + ": " + table);
                    assertFalse(b.source().contains("予期しないエラー"), user + " " + text + ": the 500 page");
                }
            }
        }
    }
}
