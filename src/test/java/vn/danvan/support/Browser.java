package vn.danvan.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the few moves Camunda's pages need.
 *
 * <p>On this Chromium (156) keyboard and mouse events that ChromeDriver sends never reach the Camunda
 * 7.24 webapp pages (they do reach plain pages), so text is entered with the DevTools
 * {@code Input.insertText} command, which the browser delivers as real input events to the focused
 * field, and buttons are pressed with DOM mouse events. Everything else is the real page.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /**
     * Browsers of this test JVM no test is using, by kind (desktop, phone): a test's browser goes back
     * here signed out and emptied, and the next test takes it with its cache warm. A cold Camunda
     * webapp page costs seconds of CPU on a small machine; a browser per test paid them every time.
     */
    private static final Map<Boolean, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(ChromeDriver::quit))));
    }

    private final ChromeDriver driver;
    private final boolean phone;
    private final WebDriverWait wait;
    private final Path screenshots;
    private boolean proxied;

    private Browser(ChromeDriver driver, boolean phone, Path screenshots) {
        this.driver = driver;
        this.phone = phone;
        // generous: CI machines are small and Tasklist renders a form only after several requests; looked at
        // every 100 ms (Selenium's default, 500 ms, left each step of a journey waiting for nothing)
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(45), Duration.ofMillis(100));
        this.screenshots = screenshots;
    }

    /**
     * A browser (one this JVM's tests left, or a new one), or skips the calling test with a message where Chromium is not installed,
     * except under {@code CI=true}, where a missing browser fails the test.
     */
    public static Browser open(String screenshotDirectory) throws IOException {
        return open(screenshotDirectory, "1400,1000", false);
    }

    /**
     * A phone-sized window (390 × 844 CSS pixels, a common phone's viewport, at twice the pixel
     * density, with a touch screen and a phone's user agent), as citizens use the portal.
     */
    public static Browser phone(String screenshotDirectory) throws IOException {
        return open(screenshotDirectory, "390,844", true);
    }

    private static Browser open(String screenshotDirectory, String windowSize, boolean phone) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: .ci/run installs chromium and chromium-driver");
            }
            Assumptions.abort("Browser test skipped: Chromium is not installed here "
                    + "(apt-get install chromium chromium-driver)");
        }
        Path directory = Path.of("target", "screenshots", screenshotDirectory);
        Files.createDirectories(directory);
        ChromeDriver idle = IDLE.computeIfAbsent(phone, kind -> new ConcurrentLinkedDeque<>()).poll();
        return new Browser(idle != null ? idle : start(windowSize, phone), phone, directory);
    }

    private static ChromeDriver start(String windowSize, boolean phone) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory("danvan-chromium"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/150.0 Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }

    public void get(String url) {
        driver.get(url);
    }

    public WebElement await(By locator) {
        return whileSavingFailure("await", () -> wait.until(ExpectedConditions.visibilityOfElementLocated(locator)));
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public void awaitGone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void awaitText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Focuses the field, types the text as real input events, then leaves the field (forms flush on blur). */
    public void type(By locator, String text) {
        await(locator);
        // a page still rendering may take the focus back (Tasklist's sign-in page on a cold start put the
        // password into the user name): type only once the field itself holds the focus
        WebElement field = whileSavingFailure("focus", () -> wait.until(d -> {
            WebElement candidate = d.findElement(locator);
            Object focused = script("arguments[0].focus(); return document.activeElement === arguments[0];", candidate);
            return Boolean.TRUE.equals(focused) ? candidate : null;
        }));
        driver.executeCdpCommand("Input.insertText", Map.of("text", text));
        script("arguments[0].blur()", field);
    }

    public void press(By locator) {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(locator)));
    }

    public void press(WebElement element) {
        script("['mousedown', 'mouseup', 'click'].forEach(type => arguments[0].dispatchEvent("
                + "new MouseEvent(type, {bubbles: true, cancelable: true, view: window})))", element);
    }

    /** Picks an option of a Camunda Forms select by its label. */
    public void choose(String fieldKey, String label) {
        By display = By.cssSelector("[id$='-Field_" + fieldKey + "_1-display']");
        // The form may re-render while it loads its variables and close a list opened too early: open
        // it again until the option shows.
        WebElement option = whileSavingFailure("choose-" + fieldKey, () -> wait.until(d -> {
            var match = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(item -> item.getText().equals(label)).findFirst();
            if (match.isEmpty()) {
                // a field at the window's bottom opens its list below the fold: bring it to the middle first
                d.findElements(display).stream().findFirst().ifPresent(field -> {
                    script("arguments[0].scrollIntoView({block: 'center'})", field);
                    press(field);
                });
            }
            return match.orElse(null);
        }));
        press(option);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(display, label));
    }

    /** Runs a wait; if it fails, keeps a screenshot of what the page showed, then fails as before. */
    private <T> T whileSavingFailure(String name, java.util.function.Supplier<T> waiting) {
        try {
            return waiting.get();
        } catch (RuntimeException e) {
            try {
                screenshot("failure-" + name);
            } catch (IOException | RuntimeException ignored) {
                // the original failure matters more than the screenshot
            }
            throw e;
        }
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Forgets the signed-in session, so that another officer can sign in in the same window. */
    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Signs in on the sign-in form the Camunda webapps share (Tasklist, Cockpit, Admin). The form focuses
     * its user name field itself once it has rendered, which on a cold page can come after this has
     * started typing and send the password into the user name: the fields are read back, and on a
     * mismatch emptied and typed again.
     */
    public void signInToCamunda(String user, String password) {
        By username = By.cssSelector("input[ng-model='username']");
        By passwordField = By.cssSelector("input[ng-model='password']");
        for (int attempt = 1; ; attempt++) {
            type(username, user);
            type(passwordField, password);
            if (user.equals(value(username)) && password.equals(value(passwordField))) {
                break;
            }
            if (attempt == 3) {
                throw new IllegalStateException("The sign-in form kept losing what was typed into it");
            }
            clear(username);
            clear(passwordField);
        }
        press(By.cssSelector("button[type='submit']"));
    }

    /** What a field holds now. */
    public String value(By locator) {
        return (String) script("return arguments[0].value;", await(locator));
    }

    /** Empties a field as a user would, so that the page's bindings see it empty. */
    public void clear(By locator) {
        script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", await(locator));
    }

    /**
     * Every request of this browser names {@code address} as the client, as a trusted proxy in front
     * of danvan would (the test profile trusts 127.0.0.1): the public doors' per-address limits then
     * count this browser apart from other tests.
     */
    public void behindProxyAs(String address) {
        proxied = true;
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** Attaches a file to a file input: the browser reads it from disk as a citizen's phone would. */
    public void attach(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    public Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /** Signs out, forgets the pages' storage and any proxy header, and leaves the browser to the next test. */
    @Override
    public void close() {
        try {
            if (proxied) {
                driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
            }
            if (driver.getCurrentUrl().startsWith("http")) {
                script("window.localStorage.clear(); window.sessionStorage.clear();");
            }
            driver.manage().deleteAllCookies();
            driver.get("about:blank");
            IDLE.get(phone).push(driver);
        } catch (RuntimeException e) {
            driver.quit(); // a browser in a state it cannot leave is no use to the next test
        }
    }
}
