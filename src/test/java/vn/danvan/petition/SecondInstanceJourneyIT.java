package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Tasklist;

/**
 * A second-instance complaint in real browsers: the complainant disagrees with the commune's decision
 * on their status page, the district accepts it, records the dialogue and decides it in Tasklist's
 * forms, and the complainant finds the numbered decision on the second instance's status page. An
 * officer can also record the request with Tasklist's start form. Screenshots go to
 * target/screenshots/second-instance/.
 */
@DanvanIntegrationTest
class SecondInstanceJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    SecondInstanceCases cases;

    @BeforeEach
    void setUp() {
        cases = new SecondInstanceCases(engine, jdbc, port);
    }

    @Test
    void fromTheCitizensDisagreementToTheSecondInstanceDecision() throws Exception {
        String first = cases.decidedByCommune("liennghia", "Khiếu nại quyết định bồi thường đường tránh", "COMPLAINT", false);
        String firstTracking = trackingCode(first);
        String portal = "http://localhost:" + port + "/portal";

        String secondTracking;
        try (Browser phone = Browser.phone("second-instance")) {
            phone.behindProxyAs("10.91.0.7");
            phone.get(portal + "/cases/" + firstTracking);
            phone.awaitText(By.id("second-instance-section"), "Khiếu nại lần hai");
            phone.screenshot("01-status-page-offers-second-instance");
            phone.await(By.id("second-instance-reason")).sendKeys("Đơn giá bồi thường thấp hơn giá thị trường, đề nghị xem xét lại.");
            phone.await(By.id("second-instance")).click();
            phone.awaitText(By.id("second-instance-done"), "Mã tra cứu hồ sơ khiếu nại lần hai");
            secondTracking = phone.await(By.id("second-instance-link")).getText();
            phone.screenshot("02-second-instance-recorded");
        }
        String second = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(secondTracking)
                .query(String.class).single();
        assertThat(second).startsWith("HUYEN-");

        CaseDriver driver = cases.driver();
        try (Browser browser = Browser.open("second-instance")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("huyen1", "demo");
            tasklist.openAndClaim(driver.awaitTask(second, SecondInstanceProcess.TASK_ACCEPT).getId());
            assertThat(browser.pageSource()).contains(second).contains(first);
            assertThat(tasklist.fieldValue("Shown_content")).contains("Đơn giá bồi thường thấp hơn giá thị trường");
            tasklist.tick("acceptance", 0);
            browser.screenshot("03-accept");
            tasklist.complete();

            tasklist.openAndClaim(driver.awaitTask(second, SecondInstanceProcess.TASK_DIALOGUE).getId());
            date(browser, "dialogueDate", WorkingCalendar.dayOf(java.time.Instant.now()));
            tasklist.field("dialogueParticipants", "Phó Chủ tịch UBND huyện, người khiếu nại, đại diện UBND thị trấn");
            tasklist.field("dialogueContent", "Người khiếu nại trình bày về đơn giá; UBND thị trấn giải trình.");
            tasklist.field("dialogueAgreement", "Thống nhất đo đạc lại diện tích bị thu hồi.");
            browser.screenshot("04-dialogue");
            tasklist.complete();

            // the task's "Hồ sơ, văn bản" tab says which first-instance case this reviews, and the dialogue held
            String resolveTask = driver.awaitTask(second, SecondInstanceProcess.TASK_RESOLVE).getId();
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + resolveTask
                    + "&detailsTab=danvan-documents");
            browser.awaitText(By.cssSelector(".danvan-first-instance"), first);
            assertThat(browser.pageSource()).contains("Thống nhất đo đạc lại diện tích bị thu hồi.");
            browser.screenshot("05-case-tab-links-the-first-instance");
            tasklist.openAndClaim(resolveTask);
            tasklist.field("conclusion", "Điều chỉnh đơn giá bồi thường theo bảng giá đất năm 2026.");
            tasklist.option("outcome", "Khiếu nại đúng một phần");
            browser.screenshot("06-decide");
            tasklist.complete();
        }

        await().atMost(CaseDriver.PATIENCE).until(() -> "CLOSED".equals(cases.status(second)));
        assertThat(driver.history(second, SecondInstanceProcess.KEY).getEndActivityId())
                .isEqualTo(SecondInstanceProcess.END_DECIDED);
        cases.awaitDocument(second, "SECOND_INSTANCE_DECISION");
        assertThat(cases.actions(first)).containsSubsequence("second-instance-requested", "second-instance-concluded");

        try (Browser phone = Browser.phone("second-instance")) {
            phone.behindProxyAs("10.91.0.7");
            phone.get(portal + "/cases/" + secondTracking);
            phone.awaitText(By.id("documents"), "Quyết định giải quyết khiếu nại lần hai");
            assertThat(phone.await(By.id("steps")).getText()).contains("Đối thoại với người khiếu nại");
            assertThat(phone.await(By.id("first-instance-link")).getText()).isEqualTo(firstTracking);
            phone.screenshot("07-decision-on-status-page");
        }
    }

    @Test
    void anOfficerRecordsTheRequestWithTasklistsStartForm() throws Exception {
        String first = cases.decidedByCommune("hiepan", "Khiếu nại cấp phép xây dựng", "COMPLAINT", false);
        try (Browser browser = Browser.open("second-instance-start-form")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("hiepan1", "demo");
            tasklist.openStartForm("Giải quyết khiếu nại lần hai");
            tasklist.field("firstCaseId", first);
            tasklist.field("secondInstanceReason", "Công dân đến trụ sở trình bày không đồng ý với quyết định.");
            browser.screenshot("01-start-form");
            tasklist.start();
        }
        String second = await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT second_case_id FROM second_instance WHERE first_case_id = ?").param(first).query(String.class)
                .optional().orElse(null), id -> id != null);
        cases.driver().awaitTask(second, SecondInstanceProcess.TASK_ACCEPT);
        assertThat(jdbc.sql("SELECT door || ' ' || requested_by FROM second_instance WHERE first_case_id = ?").param(first)
                .query(String.class).single()).isEqualTo("TASKLIST hiepan1");
    }

    private String trackingCode(String caseId) {
        return jdbc.sql("SELECT tracking_code FROM petition_case WHERE case_id = ?").param(caseId).query(String.class).single();
    }

    /** form-js date fields take the date typed as month/day/year. */
    private static void date(Browser browser, String key, LocalDate day) {
        By input = By.cssSelector("input[id*='-Field_" + key + "_1']");
        browser.type(input, DateTimeFormatter.ofPattern("MM/dd/yyyy").format(day));
        browser.await(input).sendKeys(Keys.ENTER);
    }
}
