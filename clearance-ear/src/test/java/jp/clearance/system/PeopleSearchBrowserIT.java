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

/** The people list's name search, as a user types it: hiragana finds the katakana reading, Latin either order. */
@ExtendWith(ArquillianExtension.class)
class PeopleSearchBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void hiraganaAndLatinFamilyNameFirstFindThePerson() {
        String given = PeopleIT.randomReading();
        PeopleIT.newSato(base, given);
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            for (String text : new String[] {"さとう　" + PeopleIT.hiragana(given), "ｻﾄｰ " + given}) {
                b.open(base + "admin/people.xhtml");
                b.type("list:name", text);
                b.clickAjax("[id='list:search']");
                String table = b.waiting().ignoring(StaleElementReferenceException.class)
                        .until(d -> {
                            String t = d.findElement(By.cssSelector("[id='list:table']")).getText();
                            return t.contains(given) ? t : null;
                        });
                assertTrue(table.contains("佐藤 検索") && table.contains("Taro Sato"), text + ": " + table);
                assertFalse(b.source().contains("予期しないエラー"), text + ": the 500 page");
            }
            // the Latin name is stored given name first ("Taro Sato"); family name first finds it too
            b.open(base + "admin/people.xhtml");
            b.type("list:name", "Sato Taro");
            b.clickAjax("[id='list:search']");
            String table = b.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        String t = d.findElement(By.cssSelector("[id='list:table']")).getText();
                        return t.contains("Taro Sato") ? t : null;
                    });
            assertTrue(table.contains("Taro Sato"), table);
        }
    }
}
