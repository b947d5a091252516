package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 19, observation 11, in the browser: a file over the portal's 25 MB is not sent at all. Choosing one clears the
 * choice and says why next to the field, so nothing typed in the form is lost; a file within the limit stays chosen.
 */
@ExtendWith(ArquillianExtension.class)
class UploadBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static Path file(String name, long length) throws Exception {
        Path p = Files.createTempDirectory("upload").resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(length);
        }
        return p;
    }

    @Test
    void aFileOverTheLimitIsNotSentAndTheFormSaysWhy() throws Exception {
        Path big = file("big.pdf", 30L * 1024 * 1024);
        Path small = file("small.pdf", 1024);
        try (Browser b = new Browser()) {
            b.open(base + "public/complaint.xhtml");
            b.idle();
            b.type("complaint:description", "入力した説明は残ります");
            WebElement input = b.id("complaint:file");
            input.sendKeys(big.toString());
            WebElement message = b.waiting().until(d -> d.findElements(By.cssSelector(".cl-upload-too-large")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(message.getText().contains("25 MB"), message.getText());
            assertEquals("", input.getAttribute("value"), "the choice is cleared");
            assertEquals("入力した説明は残ります", b.id("complaint:description").getAttribute("value"));

            input.sendKeys(small.toString());
            b.waiting().until(d -> d.findElements(By.cssSelector(".cl-upload-too-large")).isEmpty());
            assertTrue(input.getAttribute("value").endsWith("small.pdf"), input.getAttribute("value"));
        } finally {
            Files.deleteIfExists(big);
            Files.deleteIfExists(small);
        }
    }
}
