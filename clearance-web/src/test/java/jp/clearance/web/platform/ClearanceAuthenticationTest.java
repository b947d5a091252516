package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The page a login returns to after the session ended while it was open: only a page of this application. */
class ClearanceAuthenticationTest {

    @Test
    void aPageOfTheApplicationIsKeptWithItsQuery() {
        assertEquals("/vetting/questionnaire.xhtml?id=5&section=EMPLOYMENT", ClearanceAuthentication.pageOf(
                "http://localhost:8080/clearance/vetting/questionnaire.xhtml?id=5&section=EMPLOYMENT", "/clearance"));
        assertEquals("/vetting/mine.xhtml", ClearanceAuthentication.pageOf(
                "https://example.go.jp/clearance/vetting/mine.xhtml", "/clearance"));
    }

    @Test
    void anythingElseIsIgnored() {
        assertNull(ClearanceAuthentication.pageOf(null, "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("", "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("http://localhost:8080/other/page.xhtml", "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("http://localhost:8080/clearanceX/page.xhtml", "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("http://localhost:8080/clearance/login.xhtml?expired=true", "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("http://localhost:8080/clearance//evil.example/x", "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("http://localhost:8080/clearance/error/expired.xhtml", "/clearance"));
        assertNull(ClearanceAuthentication.pageOf("not a uri at all", "/clearance"));
    }
}
