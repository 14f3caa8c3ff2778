package vn.danvan.support;

import org.openqa.selenium.By;

/** Camunda Tasklist as an officer uses it, in Vietnamese. */
public final class Tasklist {

    private static final By TASK_LIST = By.cssSelector(".tasks-list");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");
    private static final By FORM = By.cssSelector(".fjs-form");

    private final Browser browser;
    private final String base;

    public Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    public void signIn(String user, String password) {
        browser.signOut();
        browser.get(base);
        browser.signInToCamunda(user, password);
        browser.await(TASK_LIST);
    }

    /** Opens the start form of a process from the header's "Khởi tạo quy trình" dialog. */
    public void openStartForm(String processName) {
        browser.press(By.xpath("//a[contains(., 'Khởi tạo quy trình')]"));
        browser.press(browser.await(By.xpath("//div[contains(@class,'modal')]//a[contains(., '" + processName + "')]")));
        browser.await(FORM);
    }

    public void start() {
        browser.press(START);
        browser.awaitGone(START);
    }

    /** Opens a task by id, as the link in a notification would, and claims it. */
    public void openAndClaim(String taskId) {
        browser.get(base + "#/?task=" + taskId);
        browser.press(browser.await(CLAIM));
        browser.await(By.cssSelector("[cam-tasklist-task] .assignee"));
        browser.await(FORM);
    }

    public void field(String key, String text) {
        browser.type(By.cssSelector("input[id$='-Field_" + key + "_1'], textarea[id$='-Field_" + key + "_1']"), text);
    }

    /** What a form field shows (read-only fields show the case's own text, escaped). */
    public String fieldValue(String key) {
        var field = browser.await(By.cssSelector("input[id$='-" + key + "_1'], textarea[id$='-" + key + "_1']"));
        return field.getDomProperty("value");
    }

    public void option(String key, String label) {
        browser.choose(key, label);
    }

    /** Ticks a checkbox or picks a radio value (index of the value in the form's list). */
    public void tick(String key, int index) {
        browser.press(By.cssSelector("input[id$='-Field_" + key + "_1-" + index + "']"));
    }

    public void complete() {
        browser.press(COMPLETE);
        browser.awaitGone(COMPLETE);
    }

    public Browser browser() {
        return browser;
    }
}
