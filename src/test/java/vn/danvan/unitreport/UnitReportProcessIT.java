package vn.danvan.unitreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.danvan.unitreport.UnitReportFilingProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;

/**
 * A reporting period from opening to the last accepted report, with a controlled clock (March 2024,
 * before today, so other tests' timers do not fire): every Front and organisation unit of the unit table
 * gets its timed task; the district returns one report, which is corrected; one unit is late, reminded,
 * escalated and very late; the district closes the period (its report is refused, 409 and in Tasklist),
 * reopens it with a reason, and the late report is accepted at last.
 */
@DanvanIntegrationTest
class UnitReportProcessIT {

    static final String PERIOD = "2024-H1";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    UnitReportDriver driver;

    @BeforeEach
    void setUp() {
        driver = new UnitReportDriver(engine, jdbc, new Http(port), json);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyUnitReportsOneIsReturnedAndCorrectedOneIsLateEscalatedAndReportsAfterTheDistrictReopens() throws Exception {
        clock(at("2024-03-04T09:00"));
        List<String> units = driver.reportingUnits();
        assertThat(units).contains("mttqhuyen", "hiepanmttq", "hiepanhnd").doesNotContain("hiepan", "huyen", "bandanvan");

        // a commune officer may not open a period; a malformed one is refused naming the field
        assertThat(driver.http.postJson("/api/unit-reports/periods", "{\"period\": \"2024-H1\"}", "hiepanmttq1", "demo")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> bad = driver.http.postJson("/api/unit-reports/periods", "{\"period\": \"2024-Q1\"}", "huyen1", "demo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("period");

        driver.open(PERIOD, "huyen1");
        assertThat(driver.http.postJson("/api/unit-reports/periods", "{\"period\": \"2024-H1\"}", "huyen1", "demo")
                .statusCode()).isEqualTo(409);
        List<Task> tasks = driver.submitTasks(PERIOD, units.size());
        assertThat(tasks.stream().map(driver::unitOf).toList()).containsExactlyInAnyOrderElementsOf(units);

        String late = driver.reportIdOf(PERIOD, "hiepanmttq");
        String corrected = driver.reportIdOf(PERIOD, "mttqhuyen");
        Task lateTask = driver.task(late, TASK_SUBMIT);
        assertThat(driver.groupsOf(lateTask)).containsExactly("hiepanmttq");
        assertThat(lateTask.getName()).contains("Ủy ban MTTQ").contains(PERIOD);
        Map<String, Object> deadline = driver.deadlineOf(lateTask.getId());
        assertThat(deadline.get("stage")).isEqualTo("UNIT_REPORT");
        // 10 working days from Monday 4 March 2024
        assertThat(instant(deadline, "due_at")).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2024, 3, 18)));
        assertThat(lateTask.getDueDate().toInstant()).isEqualTo(instant(deadline, "due_at"));

        // figures out of range: 400 naming the field by REST, refused with the reason in Tasklist
        Map<String, Object> tooMany = UnitReportDriver.typical();
        tooMany.put("officersTrained", 21);
        assertField(driver.http.postJson(reports("hiepanmttq"), driver.body(tooMany), "hiepanmttq1", "demo"), "officersTrained");
        Map<String, Object> over = UnitReportDriver.typical();
        over.put("peopleGatheredPercent", 120);
        assertField(driver.http.postJson(reports("hiepanmttq"), driver.body(over), "hiepanmttq1", "demo"), "peopleGatheredPercent");
        Map<String, Object> negative = UnitReportDriver.typical();
        negative.put("modelInitiatives", -1);
        assertField(driver.http.postJson(reports("hiepanmttq"), driver.body(negative), "hiepanmttq1", "demo"), "modelInitiatives");
        Map<String, Object> moreModelThanTypical = UnitReportDriver.figures(96, 91, true, 5, 5, 4, 4, 1, 10, 3, 4, 1);
        assertThatThrownBy(() -> engine.getTaskService().complete(lateTask.getId(), moreModelThanTypical))
                .hasMessageContaining("residentialAreasModel").hasMessageContaining("Không được lớn hơn");
        // another unit's officer may not report for it
        assertThat(driver.http.postJson(reports("hiepanmttq"), driver.body(UnitReportDriver.typical()), "liennghia1", "demo")
                .statusCode()).isIn(403, 404);

        // every unit but the late one reports; the district Front's report goes back with a reason
        for (Task task : tasks) {
            if (!task.getId().equals(lateTask.getId())) {
                engine.getTaskService().complete(task.getId(), UnitReportDriver.typical());
            }
        }
        assertThat(driver.http.postJson(reports("mttqhuyen") + "/review", "{\"decision\": \"RETURN\"}", "huyen1", "demo")
                .body()).contains("reason");
        HttpResponse<String> returned = driver.http.postJson(reports("mttqhuyen") + "/review",
                "{\"decision\": \"RETURN\", \"reason\": \"Số cán bộ được tập huấn chưa khớp danh sách lớp bồi dưỡng\"}",
                "huyen1", "demo");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(driver.read(returned.body()).path("state").asText()).isEqualTo("RETURNED");
        Task correction = driver.task(corrected, TASK_SUBMIT);
        assertThat(engine.getTaskService().getVariable(correction.getId(), RETURN_REASON).toString()).contains("tập huấn");
        Map<String, Object> fixed = UnitReportDriver.typical();
        fixed.put("officersTrained", 18);
        engine.getTaskService().complete(correction.getId(), fixed);
        HttpResponse<String> accepted = driver.http.postJson(reports("mttqhuyen") + "/review", "{\"decision\": \"ACCEPT\"}",
                "huyen1", "demo");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(driver.report(corrected).get("officers_trained")).isEqualTo(18);
        assertThat(driver.report(corrected).get("state")).isEqualTo("ACCEPTED");
        driver.acceptWaiting(PERIOD);

        // the late unit: reminded, then urged by the body above it, then followed up by its Party committee
        clock(instant(deadline, "remind_at").plusSeconds(60));
        await().atMost(CaseDriver.PATIENCE).until(() -> driver.actions(PERIOD).contains("reminded"));
        clock(instant(deadline, "due_at").plusSeconds(60));
        Task urge = driver.task(late, TASK_FOLLOW_UP_LATE);
        assertThat(driver.groupsOf(urge)).containsExactly(parentOf("hiepanmttq"));
        await().atMost(CaseDriver.PATIENCE).until(() -> "LATE".equals(driver.report(late).get("late_state")));
        clock(instant(deadline, "very_late_at").plusSeconds(60));
        assertThat(driver.groupsOf(driver.task(late, TASK_FOLLOW_UP_VERY_LATE))).containsExactly("hiepandanguy");
        await().atMost(CaseDriver.PATIENCE).until(() -> "VERY_LATE".equals(driver.report(late).get("late_state")));

        // the district closes the period: the late report is refused until it reopens, with a reason
        assertThat(driver.http.postJson(period() + "/close", "{}", "hiepanmttq1", "demo").statusCode()).isEqualTo(403);
        assertThat(driver.http.postJson(period() + "/close", "{}", "huyen1", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> closed = driver.http.postJson(reports("hiepanmttq"), driver.body(UnitReportDriver.typical()),
                "hiepanmttq1", "demo");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(409);
        assertThatThrownBy(() -> engine.getTaskService().complete(lateTask.getId(), UnitReportDriver.typical()))
                .hasMessageContaining("đã khóa");
        assertField(driver.http.postJson(period() + "/reopen", "{}", "huyen1", "demo"), "reason");
        HttpResponse<String> reopened = driver.http.postJson(period() + "/reopen",
                "{\"reason\": \"Hội Nông dân... Ủy ban MTTQ xã Hiệp An xin nộp muộn do bão lũ\"}", "huyen1", "demo");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        JsonNode view = driver.read(reopened.body());
        assertThat(view.path("period").path("state").asText()).isEqualTo("OPEN");
        JsonNode reopening = view.path("history").get(view.path("history").size() - 1);
        assertThat(reopening.path("action").asText()).isEqualTo("reopened");
        assertThat(reopening.path("actor").asText()).isEqualTo("huyen1");
        assertThat(reopening.path("note").asText()).contains("bão lũ");
        assertThat(reopening.path("at").isMissingNode()).isFalse();

        HttpResponse<String> submitted = driver.http.postJson(reports("hiepanmttq"), driver.body(UnitReportDriver.typical()),
                "hiepanmttq1", "demo");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(driver.deadlineOf(lateTask.getId()).get("state")).isEqualTo("MET");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(late)
                .taskDefinitionKeyIn(TASK_FOLLOW_UP_LATE, TASK_FOLLOW_UP_VERY_LATE).count()).isZero();
        assertThat(driver.http.postJson(reports("hiepanmttq") + "/review", "{\"decision\": \"ACCEPT\"}", "huyen1", "demo")
                .statusCode()).isEqualTo(200);

        // every report accepted: the period's process ends
        await().atMost(CaseDriver.PATIENCE).until(() -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(PERIOD).processDefinitionKey(UnitReportProcess.KEY).count() == 0);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(UnitReportProcess.END_EVENT_ALL_ACCEPTED).list()).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM unit_report WHERE period_id = ? AND state = 'ACCEPTED'").param(PERIOD)
                .query(Long.class).single()).isEqualTo(units.size());
        assertThat(driver.actions(PERIOD)).containsSubsequence("opened", "requested", "submitted", "returned",
                "requested", "submitted", "accepted", "reminded", "overdue", "overdue", "closed", "reopened", "submitted",
                "accepted", "completed");

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords("danvan.unit-reports",
                    record -> PERIOD.equals(record.key()), driver.actions(PERIOD).size(), Duration.ofSeconds(30));
            List<String> types = events.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList();
            assertThat(types).contains("vn.danvan.unit-report.period-opened", "vn.danvan.unit-report.requested",
                    "vn.danvan.unit-report.submitted", "vn.danvan.unit-report.returned", "vn.danvan.unit-report.accepted",
                    "vn.danvan.unit-report.reminded", "vn.danvan.unit-report.overdue", "vn.danvan.unit-report.period-closed",
                    "vn.danvan.unit-report.period-reopened", "vn.danvan.unit-report.period-completed");
            List<Integer> sequences = events.stream().map(r -> driver.read(KafkaTestClient.value(r)).path("sequence").asInt())
                    .sorted().toList();
            assertThat(sequences).doesNotHaveDuplicates().startsWith(1).endsWith(driver.actions(PERIOD).size());
            // the officers' words (a return's or a reopening's reason) are not in the events
            assertThat(events.stream().map(KafkaTestClient::value)).noneMatch(value -> value.contains("bão lũ"));
        }
    }

    private void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }

    private String parentOf(String unit) {
        return jdbc.sql("SELECT parent_code FROM unit WHERE code = ?").param(unit).query(String.class).single();
    }

    private static String period() {
        return "/api/unit-reports/periods/" + PERIOD;
    }

    private static String reports(String unit) {
        return period() + "/reports/" + unit;
    }

    static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(StepSupport.VIETNAM).toInstant();
    }

    static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}
