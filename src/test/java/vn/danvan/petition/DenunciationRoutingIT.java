package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaCaseEvents;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/**
 * Denunciations at the right level (Denunciation Law 2018, arts. 12-15): the routing table decides by
 * whom a denunciation is about whether the commune chair resolves it (on the denunciation's own
 * deadlines) or the district does; a commune officer who goes against the table gives a reason, which
 * the timeline keeps, the case topic carries as an event and the dashboard counts.
 */
@DanvanIntegrationTest
class DenunciationRoutingIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    PetitionCases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    CaseDriver driver;
    KafkaTestClient kafka;

    @BeforeEach
    void setUp() {
        driver = new CaseDriver(engine);
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void aDenunciationOfAnOfficialTheCommuneManagesIsResolvedByTheCommuneChairOnTheDenunciationDeadlines() {
        // a controlled clock in the past, as in DeadlinesIT: a Monday without holidays around it
        clock(at("2026-03-02T09:00"));
        String caseId = submit("tanhoi", "Tố cáo cán bộ địa chính xã gây khó khăn");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY, denunciation("COMMUNE_OFFICIAL", "NORMAL"));

        Task decide = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(engine.getTaskService().getVariable(decide.getId(),
                CaseVariables.HANDLING_LEVEL)).isEqualTo("COMMUNE");
        assertThat(engine.getTaskService().getVariable(decide.getId(),
                PetitionCommuneProcess.SUGGESTED_HANDLING)).isEqualTo("LOCAL");
        assertThat((String) engine.getTaskService().getVariable(decide.getId(),
                CaseVariables.ROUTING_NOTE)).contains("Điều 13 khoản 1");
        // registered and checked for acceptance within 7 working days of receipt (art. 24), not the 10 of other petitions
        assertThat(decide.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 11)));
        assertThat((String) deadlineOf(decide.getId()).get("rule_key")).contains("Điều 24");

        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL"));
        Task resolve = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
        // resolved within 30 days of acceptance (art. 30)
        assertThat(resolve.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 1)));
        assertThat((String) deadlineOf(resolve.getId()).get("rule_key")).contains("Luật Tố cáo 2018 Điều 30");
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionCommuneProcess.VERIFICATION_NOTES, "Đã làm việc với cán bộ",
                CaseVariables.OUTCOME, "PARTLY_UPHELD", CaseVariables.CONCLUSION, "Kiểm điểm cán bộ địa chính"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));

        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.get(caseId).denouncedPerson()).isEqualTo("COMMUNE_OFFICIAL");
        assertThat(actions(caseId)).doesNotContain("routed-against-table", "forwarded");
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 5)))
                .containsExactly("received", "classified", "accepted", "resolved", "closed");
    }

    @Test
    void aComplexDenunciationAtTheCommuneHasTenWorkingDaysAndOneExtensionOfItsResolution() {
        clock(at("2026-03-02T09:00"));
        String caseId = submit("tanhoi", "Tố cáo cán bộ xã, cần xác minh nhiều nơi");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY, denunciation("COMMUNE_OFFICIAL", "COMPLEX"));
        Task decide = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(decide.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 16)));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL"));

        Task first = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
        assertThat(first.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 1)));
        assertThatThrownBy(() -> driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionDistrictProcess.RESOLUTION, "EXTEND")))
                .hasMessageContaining("lý do");
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionDistrictProcess.RESOLUTION, "EXTEND",
                PetitionDistrictProcess.EXTENSION_REASON, "Cần xác minh tại hai thôn",
                PetitionDistrictProcess.EXTENSION_DECISION, "12/QĐ-UBND"));

        Task second = await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY).singleResult(),
                task -> task != null && !task.getId().equals(first.getId()));
        // counted from the original acceptance: 30 days plus the rule's 30 (art. 30)
        assertThat(second.getDueDate().toInstant()).isAfter(first.getDueDate().toInstant().plus(java.time.Duration.ofDays(29)));
        assertThat(actions(caseId)).containsSubsequence("accepted", "extended");
        assertThatThrownBy(() -> driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionDistrictProcess.RESOLUTION, "EXTEND",
                PetitionDistrictProcess.EXTENSION_REASON, "Thêm nữa", PetitionDistrictProcess.EXTENSION_DECISION,
                "13/QĐ-UBND")))
                .hasMessageContaining("Đã dùng hết 1 lần gia hạn");
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE", PetitionCommuneProcess.VERIFICATION_NOTES,
                "Đã xác minh",
                CaseVariables.OUTCOME, "REJECTED", CaseVariables.CONCLUSION, "Tố cáo không đúng"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aCommuneThatResolvesWhatTheTableSendsUpMustSayWhyAndIsCounted() throws Exception {
        String caseId = submit("tahine", "Tố cáo Phó Chủ tịch UBND xã");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY, denunciation("COMMUNE_LEADER", "NORMAL"));
        Task decide = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(engine.getTaskService().getVariable(decide.getId(),
                CaseVariables.HANDLING_LEVEL)).isEqualTo("DISTRICT");
        assertThat(engine.getTaskService().getVariable(decide.getId(),
                PetitionCommuneProcess.SUGGESTED_HANDLING)).isEqualTo("FORWARD");
        long before = againstTable("tahine");

        assertThatThrownBy(() -> driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL")))
                .hasMessageContaining("routingDeviationReason");
        assertThat(actions(caseId)).doesNotContain("routed-against-table");

        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL",
                PetitionCommuneProcess.ROUTING_DEVIATION_REASON, "Chủ tịch UBND huyện ủy quyền cho xã xác minh trước"));
        driver.awaitTask(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
        assertThat(actions(caseId)).containsSubsequence("classified", "routed-against-table", "accepted");
        assertThat(jdbc.sql("SELECT note FROM case_timeline WHERE case_id = ? AND action = 'routed-against-table'")
                .param(caseId).query(String.class).single())
                .contains("Chuyển lên cấp trên").contains("Giải quyết tại xã").contains("ủy quyền cho xã xác minh trước");
        List<String> changes = KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 4));
        assertThat(changes).containsExactly("received", "classified", "routed-against-table", "accepted");
        // the event carries no officer's text
        assertThat(KafkaCaseEvents.await(kafka, caseId, 4).stream().map(KafkaTestClient::value))
                .noneMatch(value -> value.contains("ủy quyền"));

        await().atMost(CaseDriver.PATIENCE).until(() -> againstTable("tahine") == before + 1);
        JsonNode unitRow = null;
        for (JsonNode row : summary("tahine").path("byUnit")) {
            if ("tahine".equals(row.path("unit").asText())) {
                unitRow = row;
            }
        }
        assertThat(unitRow).isNotNull();
        assertThat(unitRow.path("against_table").asLong()).isEqualTo(before + 1);
    }

    @Test
    void aCommuneThatForwardsWhatTheTableKeepsMustSayWhyAndTheDistrictTakesIt() {
        String caseId = submit("daquyn", "Tố cáo cán bộ văn hóa xã");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY, denunciation("COMMUNE_OFFICIAL", "NORMAL"));
        long before = againstTable("daquyn");

        assertThatThrownBy(() -> driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD",
                CaseVariables.FORWARD_REASON, "Xin ý kiến huyện"))).hasMessageContaining("routingDeviationReason");
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Xin ý kiến huyện",
                PetitionCommuneProcess.ROUTING_DEVIATION_REASON, "Người bị tố cáo là người thân của Chủ tịch UBND xã"));

        driver.awaitTask(caseId, PetitionDistrictProcess.TASK_ACCEPT);
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 4)))
                .containsExactly("received", "classified", "routed-against-table", "forwarded");
        await().atMost(CaseDriver.PATIENCE).until(() -> againstTable("daquyn") == before + 1);
    }

    @Test
    void aChoiceThatFollowsTheTableNeedsNoReasonAndIsNotCounted() {
        String caseId = submit("ninhloan", "Tố cáo cán bộ do huyện quản lý");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY, denunciation("DISTRICT_MANAGED", "NORMAL"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Thẩm quyền huyện"));
        driver.awaitTask(caseId, PetitionDistrictProcess.TASK_ACCEPT);
        assertThat(actions(caseId)).doesNotContain("routed-against-table");
    }

    @Test
    void aDenunciationOfAPartyMemberIsRoutedToTheCommitteeAndAnUnknownSubjectIsRefused() {
        String member = submit("phuhoi", "Tố cáo đảng viên vi phạm quy định");
        driver.complete(member, PetitionCommuneProcess.TASK_CLASSIFY, denunciation("PARTY_MEMBER", "NORMAL"));
        Task decide = driver.awaitTask(member, PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(engine.getTaskService().getVariable(decide.getId(),
                CaseVariables.HANDLING_LEVEL)).isEqualTo("COMMITTEE");

        String other = submit("phuhoi", "Tố cáo không rõ người");
        assertThatThrownBy(() -> driver.complete(other, PetitionCommuneProcess.TASK_CLASSIFY,
                denunciation("MAYOR", "NORMAL")))
                .hasMessageContaining("denouncedPerson");
        // a denunciation whose subject is not given is sent up, as before
        Map<String, Object> unknown = new HashMap<>(CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, false));
        driver.complete(other, PetitionCommuneProcess.TASK_CLASSIFY, unknown);
        assertThat(engine.getTaskService().getVariable(driver.awaitTask(other,
                PetitionCommuneProcess.TASK_DECIDE_HANDLING).getId(),
                CaseVariables.HANDLING_LEVEL)).isEqualTo("DISTRICT");
    }

    @Test
    void theIntakeMaySayWhomADenunciationIsAboutAndOnlyOfADenunciation() throws Exception {
        String body = """
                {"unitCode": "hiepan", "channel": "HOTLINE", "type": "%s", "denouncedPerson": "COMMUNE_OFFICIAL",
                 "subject": "Tố cáo cán bộ tư pháp xã", "content": "Cán bộ tư pháp xã đòi tiền khi chứng thực.",
                 "petitioner": {"fullName": "Trần Văn Bình"}}""";
        var wrong = new Http(port).postJson("/api/petitions", body.formatted("FEEDBACK"), "admin", "demo");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("denouncedPerson");

        var created = new Http(port).postJson("/api/petitions", body.formatted("DENUNCIATION"), "admin", "demo");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json.readTree(created.body()).path("caseId").asText();
        assertThat(cases.get(caseId).denouncedPerson()).isEqualTo("COMMUNE_OFFICIAL");
        // pre-filled on the classification form, where the officer confirms it
        Task classify = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);
        assertThat(engine.getTaskService().getVariable(classify.getId(),
                CaseVariables.DENOUNCED_PERSON)).isEqualTo("COMMUNE_OFFICIAL");
    }

    static Map<String, Object> denunciation(String denounced, String complexity) {
        Map<String, Object> form = new HashMap<>(CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, false));
        form.put("complexity", complexity);
        form.put("denouncedPerson", denounced);
        return form;
    }

    private long againstTable(String unit) {
        return summary(unit).path("totals").path("against_table").asLong();
    }

    private JsonNode summary(String unit) {
        var response = new Http(port).get("/api/dashboard/summary?unit=" + unit, "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> actions(String caseId) {
        return jdbc.sql("SELECT action FROM case_timeline WHERE case_id = ? ORDER BY sequence").param(caseId)
                .query(String.class).list();
    }

    private Map<String, Object> deadlineOf(String taskId) {
        return jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(taskId).query().singleRow();
    }

    private String submit(String unitCode, String subject) {
        var response = new Http(port).postJson("/api/petitions", Petitions.json(unitCode, subject), "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            return json.readTree(response.body()).path("caseId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
