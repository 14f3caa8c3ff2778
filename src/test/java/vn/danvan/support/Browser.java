package vn.danvan.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        // generous: CI machines are small and Tasklist renders a form only after several requests
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        this.screenshots = screenshots;
    }

    /**
     * Starts a browser, or skips the calling test with a message where Chromium is not installed,
     * except under {@code CI=true}, where a missing browser fails the test.
     */
    public static Browser open(String screenshotDirectory) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: .ci/run installs chromium and chromium-driver");
            }
            Assumptions.abort("Browser test skipped: Chromium is not installed here "
                    + "(apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("danvan-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        Path directory = Path.of("target", "screenshots", screenshotDirectory);
        Files.createDirectories(directory);
        return new Browser(new ChromeDriver(service, options), directory);
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
        WebElement field = await(locator);
        script("arguments[0].focus()", field);
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
                d.findElements(display).stream().findFirst().ifPresent(this::press);
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

    public Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
