package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import vn.danvan.messaging.Topics;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;

/**
 * The reception-day process, path by path: a schedule generates its days (a day off moves to the next
 * working day); a day held with two citizens, one of whom leaves a petition that becomes a case linked
 * to the day both ways; a day not held, refused without a reason; and the generator run twice
 * generating each day once. Phú Hội's chair and Party committee are used by no other test.
 */
@DanvanIntegrationTest
class CitizenReceptionProcessIT {

    static final String OFFICER = "phuhoi1";
    static final String CHAIR = "phuhoichutich";
    static final String PARTY_OFFICER = "phuhoidanguy1";
    static final String SECRETARY = "phuhoibithu";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    ReceptionDriver driver;

    @BeforeEach
    void officers() {
        driver = new ReceptionDriver(engine, jdbc, new Http(port));
        driver.deactivateAll();
        driver.officer(OFFICER, "phuhoi");
        driver.officer(CHAIR, "phuhoi");
        driver.officer(PARTY_OFFICER, "phuhoidanguy");
        driver.officer(SECRETARY, "phuhoidanguy");
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        driver.deactivateAll();
    }

    @Test
    void aDayHeldWithTwoCitizensOneOfWhomLeavesAPetitionLinkedToTheDay() throws Exception {
        // Monday 31 August 2026: Wednesday 2 September (National Day) is off, so that day is held on Thursday the 3rd
        ReceptionDriver.clock("2026-08-31T08:00");
        long schedule = driver.create(ReceptionDriver.weekly("phuhoi", CHAIR, "Chủ tịch UBND xã Phú Hội", "COMMUNE_CHAIR", 3,
                "2026-08-31"), OFFICER);
        ClockUtil.reset();
        List<Map<String, Object>> days = driver.days(schedule);
        assertThat(days).extracting(d -> d.get("scheduled_date").toString()).containsExactly("2026-09-02", "2026-09-09");
        assertThat(days).extracting(d -> d.get("reception_date").toString()).containsExactly("2026-09-03", "2026-09-09");
        String dayId = (String) days.get(0).get("day_id");
        assertThat(dayId).isEqualTo(CitizenReceptionProcess.dayId("phuhoi", LocalDate.of(2026, 9, 2), schedule));

        Task hold = driver.task(dayId, CitizenReceptionProcess.TASK_HOLD);
        assertThat(hold.getName()).isEqualTo("Tiếp công dân định kỳ ngày 03/09/2026 · Chủ tịch UBND xã Phú Hội");
        assertThat(hold.getDueDate().toInstant()).as("the register is due by the end of the next working day")
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 9, 4)));
        assertThat(engine.getTaskService().getIdentityLinksForTask(hold.getId()))
                .anyMatch(link -> "phuhoi".equals(link.getGroupId()));

        driver.complete(OFFICER, dayId, CitizenReceptionProcess.TASK_HOLD, Map.of(CitizenReceptionProcess.HELD, "HELD",
                CitizenReceptionProcess.RECEIVED_BY, "Ông Trần Văn Chủ tịch, Chủ tịch UBND xã",
                CitizenReceptionProcess.START_TIME, "07:30", CitizenReceptionProcess.END_TIME, "11:00",
                CitizenReceptionProcess.CITIZENS_CAME, true));
        assertThat(status(dayId)).isEqualTo("HELD");

        Map<String, Object> first = new HashMap<>(Map.of(CitizenReceptionProcess.CITIZEN_NAME, "Nguyễn Thị Tiếp Một",
                CitizenReceptionProcess.CITIZEN_CONTENT,
                "Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất.", CitizenReceptionProcess.OUTCOME, "ANSWERED",
                CitizenReceptionProcess.ANSWER,
                "Đã hướng dẫn hồ sơ theo quy định.", CitizenReceptionProcess.ANOTHER_CITIZEN, true));
        driver.complete(OFFICER, dayId, CitizenReceptionProcess.TASK_RECORD_CITIZEN, first);
        Task second = driver.task(dayId, CitizenReceptionProcess.TASK_RECORD_CITIZEN);
        assertThat(engine.getRuntimeService().getVariables(second.getExecutionId()))
                .as("the first citizen's fields left the process").doesNotContainKeys("citizenName", "citizenContent")
                .containsEntry("citizensRecorded", 1);
        driver.complete(OFFICER, dayId, CitizenReceptionProcess.TASK_RECORD_CITIZEN,
                Map.of(CitizenReceptionProcess.CITIZEN_NAME,
                "Lê Văn Tiếp Hai", CitizenReceptionProcess.CITIZEN_PHONE, "0905 222 333",
                CitizenReceptionProcess.CITIZEN_CONTENT,
                "Đường thôn 2 ngập nước mỗi khi mưa, đề nghị xã khơi thông cống.", CitizenReceptionProcess.OUTCOME,
                "PETITION_TAKEN",
                CitizenReceptionProcess.PETITION_SUBJECT, "Đường thôn 2 ngập nước",
                CitizenReceptionProcess.ANOTHER_CITIZEN, false));

        assertThat(driver.endedAt(dayId, CitizenReceptionProcess.END_RECORDED)).isTrue();
        Map<String, Object> day = jdbc.sql("SELECT * FROM reception_day WHERE day_id = ?").param(dayId).query().singleRow();
        assertThat(day).containsEntry("status", "RECORDED").containsEntry("citizens", 2).containsEntry("petitions", 1)
                .containsEntry("received_by", "Ông Trần Văn Chủ tịch, Chủ tịch UBND xã").containsEntry("recorded_by", OFFICER);
        List<Map<String, Object>> lines = jdbc.sql("SELECT * FROM reception_citizen WHERE day_id = ? ORDER BY line")
                .param(dayId).query().listOfRows();
        assertThat(lines).extracting(l -> l.get("outcome")).containsExactly("ANSWERED", "PETITION_TAKEN");
        assertThat(lines).allSatisfy(l -> assertThat((String) l.get("citizen_name")).startsWith("v1:")
                .doesNotContain("Tiếp"));
        assertThat(lines.get(0).get("case_id")).isNull();
        String caseId = (String) lines.get(1).get("case_id");
        assertThat(caseId).startsWith("PHUHOI-");

        // the case: received through the intake at the commune, its timeline names the day
        JsonNode c = driver.get("/api/cases/" + caseId, OFFICER);
        assertThat(c.toString()).contains("Đường thôn 2 ngập nước");
        assertThat(c.path("timeline").findValuesAsText("action")).contains("received", "taken-at-reception");
        assertThat(c.path("timeline").findValuesAsText("note")).anyMatch(note -> note.contains(dayId));
        assertThat(jdbc.sql("SELECT channel || ' ' || source_event_id FROM petition_case WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("WALK_IN reception:" + dayId + ":2");
        new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        // the day's record: the unit sees the names and the case, the district office only what was raised
        JsonNode record = driver.get("/api/reception/days/" + dayId, OFFICER);
        assertThat(record.path("day").path("status").asText()).isEqualTo("RECORDED");
        assertThat(record.path("moved").asBoolean()).isTrue();
        assertThat(record.path("citizens").findValuesAsText("citizenName")).containsExactly("Nguyễn Thị Tiếp Một",
                "Lê Văn Tiếp Hai");
        assertThat(record.path("citizens").get(1).path("caseId").asText()).isEqualTo(caseId);
        JsonNode seenAbove = driver.get("/api/reception/days/" + dayId, "huyen1");
        assertThat(seenAbove.path("citizens").get(1).path("caseId").asText()).isEqualTo(caseId);
        assertThat(seenAbove.toString()).doesNotContain("Tiếp Một").doesNotContain("Tiếp Hai");
        assertThat(new Http(port).get("/api/reception/days/" + dayId, "hiepan1", "demo").statusCode()).isEqualTo(404);

        // the day's events, numbered 1..5, with no citizen's name
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            var records = kafka.awaitRecords(Topics.RECEPTIONS, r -> dayId.equals(r.key()), 5, Duration.ofSeconds(30));
            assertThat(records).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                    "vn.danvan.reception.scheduled", "vn.danvan.reception.held", "vn.danvan.reception.citizen-received",
                    "vn.danvan.reception.citizen-received", "vn.danvan.reception.recorded");
            assertThat(records).extracting(r -> ReceptionDriver.JSON.readTree(KafkaTestClient.value(r)).path("sequence").asInt())
                    .containsExactly(1, 2, 3, 4, 5);
            assertThat(KafkaTestClient.value(records.get(3))).contains("\"caseId\":\"" + caseId + "\"")
                    .contains("PETITION_TAKEN").doesNotContain("Tiếp Hai").doesNotContain("0905");
        }
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT status FROM dash_reception_day WHERE day_id = ?").param(dayId).query(String.class).optional()
                .filter("RECORDED"::equals).isPresent());
    }

    @Test
    void aDayNotHeldNeedsItsReason() throws Exception {
        ReceptionDriver.clock("2026-08-31T08:00");
        long schedule = driver.create(ReceptionDriver.weekly("phuhoi", CHAIR, "Chủ tịch UBND xã Phú Hội", "COMMUNE_CHAIR", 5,
                "2026-08-31"), OFFICER);
        ClockUtil.reset();
        String dayId = (String) driver.days(schedule).get(0).get("day_id");
        assertThat(driver.days(schedule).get(0).get("reception_date").toString()).isEqualTo("2026-09-04");

        assertThatThrownBy(() -> driver.complete(OFFICER, dayId, CitizenReceptionProcess.TASK_HOLD,
                Map.of(CitizenReceptionProcess.HELD, "NOT_HELD", CitizenReceptionProcess.NOT_HELD_REASON, "")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("lý do");
        assertThat(status(dayId)).as("nothing recorded").isEqualTo("SCHEDULED");

        driver.complete(OFFICER, dayId, CitizenReceptionProcess.TASK_HOLD,
                Map.of(CitizenReceptionProcess.HELD, "NOT_HELD",
                CitizenReceptionProcess.NOT_HELD_REASON,
                "Chủ tịch dự họp tại tỉnh theo giấy mời số 12/GM-UBND; Phó Chủ tịch tiếp thay ngày 07/09"));
        assertThat(driver.endedAt(dayId, CitizenReceptionProcess.END_NOT_HELD)).isTrue();
        assertThat(jdbc.sql("SELECT status || ' ' || not_held_reason FROM reception_day WHERE day_id = ?").param(dayId)
                .query(String.class).single()).startsWith("NOT_HELD Chủ tịch dự họp");
        assertThat(jdbc.sql("SELECT count(*) FROM reception_citizen WHERE day_id = ?").param(dayId).query(Long.class)
                .single()).isZero();
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT status FROM dash_reception_day WHERE day_id = ?").param(dayId).query(String.class).optional()
                .filter("NOT_HELD"::equals).isPresent());
    }

    @Test
    void theGeneratorMakesEachDayOnceAndMovesDaysOff() throws Exception {
        // the Party secretary receives on the 1st and the 2nd: both are days off in 2026 (National Day)
        ReceptionDriver.clock("2026-08-25T08:00");
        long schedule = driver.create(ReceptionDriver.monthly("phuhoidanguy", SECRETARY, "Bí thư Đảng ủy xã Phú Hội",
                "COMMUNE_PARTY_SECRETARY", "1, 2", "2026-08-25").replace(ReceptionDriver.VALID_UNTIL, "2026-11-15"), PARTY_OFFICER);
        assertThat(driver.days(schedule)).extracting(d -> d.get("scheduled_date") + "→" + d.get("reception_date"))
                .containsExactly("2026-09-01→2026-09-03", "2026-09-02→2026-09-03");

        ReceptionDriver.clock("2026-09-20T08:00");
        driver.runGenerator();
        driver.runGenerator();
        ClockUtil.reset();
        List<Map<String, Object>> days = driver.days(schedule);
        assertThat(days).extracting(d -> d.get("scheduled_date") + "→" + d.get("reception_date")).containsExactly(
                "2026-09-01→2026-09-03", "2026-09-02→2026-09-03", "2026-10-01→2026-10-01", "2026-10-02→2026-10-02");
        for (Map<String, Object> day : days) {
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(CitizenReceptionProcess.KEY).processInstanceBusinessKey((String) day.get("day_id"))
                    .count()).as("one process for " + day.get("day_id")).isEqualTo(1);
        }
        assertThat(driver.task((String) days.get(2).get("day_id"), CitizenReceptionProcess.TASK_HOLD).getName())
                .isEqualTo("Tiếp công dân định kỳ ngày 01/10/2026 · Bí thư Đảng ủy xã Phú Hội");
        assertThat(engine.getTaskService().getIdentityLinksForTask(
                driver.task((String) days.get(2).get("day_id"), CitizenReceptionProcess.TASK_HOLD).getId()))
                .anyMatch(link -> "phuhoidanguy".equals(link.getGroupId()));

        // a deactivated schedule generates nothing more (1 and 2 November would be in its time)
        driver.deactivateAll();
        ReceptionDriver.clock("2026-10-20T08:00");
        driver.runGenerator();
        ClockUtil.reset();
        assertThat(driver.days(schedule)).hasSize(4);
    }

    private String status(String dayId) {
        return jdbc.sql("SELECT status FROM reception_day WHERE day_id = ?").param(dayId).query(String.class).single();
    }
}
