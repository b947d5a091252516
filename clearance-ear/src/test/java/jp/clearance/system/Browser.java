package jp.clearance.system;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real headless Chromium (Debian's chromium and chromium-driver), driven by Selenium. */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String key;
    private final java.util.Set<String> origins = new java.util.HashSet<>();
    private final WebDriverWait wait;
    private final String language;

    public Browser() {
        this("ja");
    }

    /** A browser whose user interface and Accept-Language are {@code language} (e.g. {@code en}). */
    public Browser(String language) {
        this(language, 0, 0);
    }

    /**
     * A browser whose page area is {@code width} by {@code height} CSS pixels (e.g. 390 by 844, a phone), emulated by
     * Chromium's device metrics (a desktop viewport of that size: media queries see that width); 0 for the default
     * window of 1400 by 1000.
     */
    public Browser(String language, int width, int height) {
        this.language = language;
        this.key = language + "/" + width + "x" + height;
        ChromeDriver pooled;
        synchronized (POOL) {
            java.util.Deque<ChromeDriver> free = POOL.get(key);
            pooled = free == null ? null : free.pollFirst();
        }
        driver = pooled != null ? pooled : launch(language, width, height);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * Chromium and its driver take about 1.5 s to start, and the browser tests open some 110 browsers a run: a browser
     * that is closed goes back to a pool (per language and window size), its cookies, storage and cache cleared, and
     * the next test with the same language and size gets it, as a fresh profile would be. They are ended when the
     * test JVM ends.
     */
    private static final java.util.Map<String, java.util.Deque<ChromeDriver>> POOL = new java.util.HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (POOL) {
                POOL.values().forEach(free -> free.forEach(d -> {
                    try {
                        d.quit();
                    } catch (RuntimeException e) {
                        // ending anyway
                    }
                }));
                POOL.clear();
            }
        }));
    }

    private static ChromeDriver launch(String language, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver); bin/test installs them when run as root");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=" + language,
                // Chromium refuses some ports as unsafe (net::ERR_UNSAFE_PORT); PAYARA_PORT_BASE=10000 puts HTTP on 10080
                "--explicitly-allowed-ports=10080,16080");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        if (width > 0) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
                    "width", width, "height", height, "pixelRatio", 1.0, "mobile", false, "touch", false)));
        }
        // the console, to fail a test on any Content-Security-Policy violation (see close)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        if (url.startsWith("http")) {
            origins.add(origin(url));
        }
        driver.get(url);
    }

    private static String origin(String url) {
        java.net.URI u = java.net.URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    /** The element with this Faces client id (ids contain ':'). */
    public WebElement id(String clientId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + clientId + "']")));
    }

    public WebElement visible(String clientId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='" + clientId + "']")));
    }

    public void type(String clientId, String text) {
        WebElement e = id(clientId);
        e.clear();
        e.sendKeys(text);
    }

    public void click(String clientId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + clientId + "']"))).click();
    }

    /** Waits until the page contains the text; on timeout the failure names the messages the page shows instead. */
    public void waitForText(String text) {
        try {
            wait.until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown = driver.findElements(By.cssSelector(".ui-messages, .ui-growl, .ui-message")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).collect(java.util.stream.Collectors.joining(" | "));
            throw new AssertionError("waited for \"" + text + "\" on " + driver.getCurrentUrl() + "; messages shown: ["
                    + shown + "]", e);
        }
    }

    public void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Waits until the page has loaded and PrimeFaces has no Ajax request running or queued. */
    public void idle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " && window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Chooses the option with this visible label in the PrimeFaces select menu with this client id, as a user
     * would, once the menu has that option (it may arrive by Ajax), and waits for the Ajax update it causes.
     */
    public void choose(String clientId, String label) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var id = arguments[0], label = arguments[1];"
                        + " if (!window.PrimeFaces || !PrimeFaces.ajax.Queue.isEmpty()) return false;"
                        + " var w = PrimeFaces.getWidgetById(id); if (!w || !w.input) return false;"
                        + " var o = w.input.children('option').filter(function () { return this.text === label; });"
                        + " if (o.length === 0) return false;"
                        + " w.selectValue(o.val()); w.input.trigger('change'); return true;", clientId, label)));
        idle();
    }

    /** Logs in with the demo password, waits for the home page and switches it to this browser's language. */
    public void login(java.net.URL base, String user) {
        signIn(base, user);
        // The demo logins are shared by the tests, and the language stored with an account follows it to every
        // browser (issue 15, item 18): the session speaks this browser's language, as its Accept-Language asks.
        speak("en".equals(language) ? "en" : "ja"); // the portal speaks these two; any other is Japanese
    }

    /** Logs in by the login form and waits for the home page, in the language the account's session starts with. */
    public void signIn(java.net.URL base, String user) {
        open(base + "login.xhtml");
        type("login:username", user);
        type("login:password", "clearance-demo");
        click("login:submit");
        waitForUrl("index.xhtml");
    }

    /** Switches the signed-in page to {@code lang} with the header's switch, if it is in the other language. */
    private void speak(String lang) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String button = "en".equals(lang) ? "header:langEn" : "header:langJa";
        if (Boolean.TRUE.equals(js.executeScript("return document.documentElement.lang !== arguments[0]"
                + " && !!document.getElementById('header:logout') && !!document.getElementById(arguments[1]);", lang, button))) {
            js.executeScript("document.getElementById(arguments[0]).click();", button);
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> lang.equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                            + " ? document.documentElement.lang : null;")));
        }
    }

    /** The n-th (0-based) input or text area marked {@code data-field=name} (the questionnaire's fields), once there. */
    public WebElement dataField(String name, int entry) {
        // a date picker carries the attribute on its wrapper: its text input is the field
        String css = "input[data-field='" + name + "'],textarea[data-field='" + name + "'],span[data-field='" + name
                + "'] input.ui-inputfield";
        waiting().until(d -> d.findElements(By.cssSelector(css)).size() > entry);
        return driver.findElements(By.cssSelector(css)).get(entry);
    }

    /** GET with the browser's session cookie, as following a link would (e.g. a PDF download). */
    public java.net.http.HttpResponse<byte[]> fetch(String href) throws java.io.IOException, InterruptedException {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** The clickable element matching a CSS selector (Faces ids inside repeats are generated, so match their ends). */
    public WebElement css(String selector) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
    }

    /** Clicks a button or link (by CSS selector) that sends an Ajax request, and waits for its answer. */
    public void clickAjax(String selector) {
        css(selector).click();
        idle();
    }

    /** Answers "yes" in the global confirmation dialog and waits for the request it sends. */
    public void confirmYes() {
        waiting().until(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .anyMatch(WebElement::isDisplayed));
        driver.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow().click();
        idle();
    }

    public String source() {
        return driver.getPageSource();
    }

    /** What the page's console said about the Content-Security-Policy since the last call (a blocked script). */
    public java.util.List<String> policyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Saves a screenshot of the page as shown now next to the test reports
     * ({@code target/failsafe-reports/screenshots/<name>.png}): the fixed pages of issue 15, for a reader of the reports.
     */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "failsafe-reports", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Deque's axe-core engine (axe.min.js from com.deque.html.axe-core:selenium), read once. */
    private static String axe;

    private static synchronized String axe() {
        if (axe == null) {
            try (java.io.InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return axe;
    }

    /**
     * The serious and critical accessibility violations of the page as shown now (axe-core, WCAG 2.1 A and AA rules),
     * each as {@code rule-id (impact): target, target ...}. The engine is run through WebDriver, which the page's
     * Content-Security-Policy does not apply to.
     */
    public java.util.List<String> accessibilityViolations() {
        idle();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axe());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "   .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(function (n) {"
                        + "     return n.target.join(' '); }).join(', '); }));"
                        + " }).catch(function (e) { done(['axe failed: ' + e]); });");
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) result;
        return violations;
    }

    /**
     * The language stored with a signed-in account follows it to every browser and to the portal's plain HTTP
     * clients (issue 15, item 18), and the demo logins are shared by the tests: a browser that leaves a signed-in page
     * in English switches back to Japanese, the default, so that the account's language is Japanese again for the
     * next test (best effort: a page that is signed out or gone restores nothing).
     */
    private void restoreJapanese() {
        try {
            speak("ja");
        } catch (org.openqa.selenium.WebDriverException e) {
            // the page is gone or busy: nothing to restore
        }
    }

    /**
     * Gives the browser back to the pool as a fresh profile would be: no cookies (no session, no language cookie), no
     * local or session storage (no kept drafts), no cache, on an empty page; a browser that cannot be cleared is ended.
     */
    private void release() {
        try {
            String current = driver.getCurrentUrl();
            if (current != null && current.startsWith("http")) {
                origins.add(origin(current));
            }
            java.util.List<String> windows = new java.util.ArrayList<>(driver.getWindowHandles());
            for (String w : windows.subList(1, windows.size())) {
                driver.switchTo().window(w).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
            for (String o : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", o, "storageTypes", "all"));
            }
            driver.manage().logs().get("browser"); // what the console said belongs to this test
        } catch (RuntimeException e) {
            driver.quit();
            return;
        }
        synchronized (POOL) {
            POOL.computeIfAbsent(key, k -> new java.util.ArrayDeque<>()).addFirst(driver);
        }
    }

    /** Ends the browser; fails the test if any page blocked one of its own scripts (issue 19: a strict policy). */
    @Override
    public void close() {
        java.util.List<String> violations;
        try {
            restoreJapanese();
            violations = policyViolations();
        } finally {
            release();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the portal broke its Content-Security-Policy: " + violations);
        }
    }
}
