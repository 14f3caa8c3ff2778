package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.KafkaTestClient;

/**
 * A leader signs in, opens the dashboard for one unit, checks its numbers against the events that
 * were sent, drills down to the late case and opens its timeline. Screenshots go to
 * target/screenshots/dashboard/.
 */
@DanvanIntegrationTest
class DashboardPageIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNumbersMatchTheEventsAndALateCaseCanBeFollowedToItsTimeline() throws Exception {
        String unit = "pagetest" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String late = unit.toUpperCase() + "-LATE";
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            DashboardEvents.caseEvent(kafka, unit.toUpperCase() + "-OPEN", unit, 1, "received", "RECEIVED", null, "ON_TIME", "2026-11-02T02:00:00Z");
            DashboardEvents.caseEvent(kafka, late, unit, 1, "received", "RECEIVED", null, "ON_TIME", "2026-11-03T02:00:00Z");
            DashboardEvents.caseEvent(kafka, late, unit, 2, "classified", "CLASSIFIED", "DENUNCIATION", "ON_TIME", "2026-11-03T02:00:00Z");
            DashboardEvents.caseEvent(kafka, late, unit, 3, "escalated", "CLASSIFIED", "DENUNCIATION", "LATE", "2026-11-03T02:00:00Z");
            DashboardEvents.caseEvent(kafka, unit.toUpperCase() + "-DONE", unit, 1, "received", "RECEIVED", null, "ON_TIME", "2026-10-05T02:00:00Z");
            DashboardEvents.caseEvent(kafka, unit.toUpperCase() + "-DONE", unit, 2, "closed", "CLOSED", "FEEDBACK", "ON_TIME", "2026-10-05T02:00:00Z");
        }
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM dash_case_event WHERE case_id LIKE ?")
                .param(unit.toUpperCase() + "-%").query(Long.class).single() == 6);

        try (Browser browser = Browser.open("dashboard")) {
            browser.get("http://localhost:" + port + "/dashboard?unit=" + unit);
            browser.await(By.id("username")).sendKeys("huyenuy1");
            browser.await(By.id("password")).sendKeys("demo");
            browser.await(By.cssSelector("button[type=submit]")).click();
            browser.await(By.cssSelector("body[data-loaded]"));
            browser.awaitText(By.id("kpis"), "Đang xử lý");
            List<String> values = browser.findAll(By.cssSelector("#kpis .kpi .value")).stream().map(WebElement::getText).toList();
            assertThat(values).startsWith("2", "0", "1", "0", "1", "100%", "1");
            assertThat(browser.findAll(By.cssSelector("#kpis .kpi .label")).stream().map(WebElement::getText))
                    .contains("Xử lý khác bảng định tuyến");
            browser.screenshot("01-dashboard");

            browser.findAll(By.cssSelector("#kpis .kpi")).get(2).click();
            browser.awaitText(By.id("drill-title"), "Quá hạn");
            browser.awaitText(By.id("cases-table"), late);
            assertThat(browser.findAll(By.cssSelector("#cases-table tbody tr"))).hasSize(1);
            browser.findAll(By.cssSelector("#cases-table tbody tr")).get(0).click();
            browser.awaitText(By.id("timeline-list"), "Báo quá hạn");
            assertThat(browser.findAll(By.cssSelector("#timeline-list li"))).hasSize(3);
            browser.screenshot("02-drill-down-timeline");
        }
    }
}
