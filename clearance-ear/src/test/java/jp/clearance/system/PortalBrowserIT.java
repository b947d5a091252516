package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal in real headless Chromium: login, language switch, role menus, an administrator's edit, the auditor. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void loginSwitchLanguageAndSeeTheRolesMenu() {
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            assertTrue(b.id("menuOrganizations").getText().contains("組織"), "Japanese menu");
            assertTrue(b.source().contains("システム管理者"), "role shown in Japanese");

            b.click("header:langEn");
            b.waitForText("Organizations");
            assertTrue(b.id("menuOrganizations").getText().contains("Organizations"), "English menu");
            assertTrue(b.source().contains("Administrator"));
            assertFalse(b.source().contains("menuAuditTrail"), "no audit menu for an administrator");

            b.click("header:langJa");
            b.waitForText("システム管理者");
        }
    }

    @Test
    void aFirstVisitFollowsAcceptLanguageAndTheChoiceOutlivesTheLogin() {
        // a login of its own: the demo logins' stored language depends on the tests before (issue 15, item 18)
        String admin = LanguageMemoryBrowserIT.account(base, "ADMIN");
        try (Browser b = new Browser("en")) {
            b.open(base + "login.xhtml");
            assertTrue(b.source().contains("lang=\"en\""), "an English browser's first visit is in English");
            b.login(base, admin);
            assertTrue(b.id("menuOrganizations").getText().contains("Organizations"), "English menu");

            b.click("header:langJa");
            b.waitForText("システム管理者");
            b.click("header:logout");
            b.waitForUrl("login.xhtml");
            b.signIn(base, admin); // as the account's session starts: its stored language, not the browser's
            assertTrue(b.id("menuOrganizations").getText().contains("組織"), "the chosen Japanese after a new login");
        }
        try (Browser b = new Browser("fr")) {
            b.open(base + "login.xhtml");
            assertTrue(b.source().contains("lang=\"ja\""), "Japanese for a language the portal does not have");
        }
    }

    @Test
    void datePickerButtonsHaveANameInTheUsersLanguage() {
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            b.open(base + "admin/person.xhtml");
            b.idle();
            b.waiting().until(d -> "カレンダーから日付を選ぶ".equals(
                    d.findElement(By.cssSelector("button.ui-datepicker-trigger")).getDomAttribute("aria-label")));
            b.click("header:langEn");
            b.waitForText("Organizations");
            b.waiting().until(d -> "Choose a date from the calendar".equals(
                    d.findElement(By.cssSelector("button.ui-datepicker-trigger")).getDomAttribute("aria-label")));
        }
    }

    @Test
    void administratorCreatesAnOrganizationAndTheAuditorVerifiesTheTrail() {
        String code = "UI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            b.open(base + "admin/organization.xhtml");
            b.type("edit:code", code);
            b.type("edit:nameJa", "画面試験株式会社");
            b.click("edit:save");
            b.waitForText("入力してください");
            assertTrue(b.source().contains("名称（英語）: 入力してください"), "required field named in Japanese");

            b.type("edit:nameEn", "Screen Test Co.");
            b.click("edit:save");
            b.waitForText("保存しました。");
            b.waitForUrl("id=");

            b.open(base + "admin/organizations.xhtml");
            b.type("list:text", code);
            b.click("list:search");
            b.waitForText("画面試験株式会社");

            // ... and a person employed there.
            b.open(base + "admin/person.xhtml");
            b.idle();
            b.type("edit:familyName", "画面");
            b.type("edit:givenName", "試子");
            b.type("edit:familyNameKana", "ガメン");
            b.type("edit:givenNameKana", "タメコ");
            b.type("edit:dateOfBirth_input", "1985/06/15");
            b.type("edit:nationalities", "JP");
            b.type("edit:employer_input", code);
            new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='edit:employer_panel'] li.ui-autocomplete-item"))).click();
            b.idle();
            b.click("edit:save");
            b.waitForText("保存しました。");
            b.waitForUrl("id=");
        }
        try (Browser b = new Browser()) {
            b.login(base, "auditor");
            b.open(base + "audit/trail.xhtml");
            b.type("list:actor", "admin");
            b.click("list:search");
            b.waitForText("code=" + code);
            b.waitForText("employer=" + code);
            b.click("verifyForm:verify");
            b.waitForText("チェーンは完全です。");
        }
    }

    private static final Map<String, String> ENGLISH_ROLES = Map.of(
            "admin", "Administrator", "officer", "Agency security officer", "investigator", "Investigator (Cabinet Office)",
            "adjudicator", "Adjudicator", "compliance", "Compliance officer", "grievance", "Grievance officer",
            "employee", "Employee", "auditor", "Auditor");

    @Test
    void everyRoleLogsInInEnglishAndSeesItsMenuInEnglish() {
        for (var role : ENGLISH_ROLES.entrySet()) {
            try (Browser b = new Browser()) {
                b.open(base + "login.xhtml");
                b.click("header:langEn");
                b.waitForText("User name");
                b.type("login:username", role.getKey());
                b.type("login:password", Api.DEMO_PASSWORD);
                b.click("login:submit");
                b.waitForUrl("index.xhtml");
                assertTrue(b.source().contains("lang=\"en\""), role.getKey() + ": the page is in English");
                assertTrue(b.id("currentRoles").getText().contains(role.getValue()), role.getKey() + ": role in English");
                assertTrue(b.id("menuReference").getAttribute("textContent").contains("Legal reference data"),
                        role.getKey() + ": menu in English");
            }
        }
    }

    @Test
    void administratorCorrectsReferenceDataAndTheAuditorSeesTheChange() {
        String marker = "UI-NOTE-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = new Browser()) {
            b.login(base, "admin");
            b.open(base + "reference/index.xhtml");
            b.idle();
            b.click("list:tabs:levelTable:0:edit");
            b.visible("rowForm:note");
            b.type("rowForm:note", marker);
            b.click("rowForm:save");
            b.idle();
            b.waitForText("保存しました。");
        }
        try (Browser b = new Browser()) {
            b.login(base, "auditor");
            b.open(base + "audit/trail.xhtml");
            b.type("list:actor", "admin");
            b.choose("list:entityType", "区分"); // the kind of record from the list, in words (issue 15, item 12)
            b.click("list:search");
            b.waitForText(marker);
        }
    }
}
