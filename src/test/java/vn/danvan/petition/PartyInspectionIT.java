package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.inspection.PartyInspectionProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaCaseEvents;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/**
 * The Party inspection track from a denunciation about a Party member: the standing committee gives
 * it to its inspection commission ({@code ubkthuyenuy}), which verifies and concludes, proposing a
 * form of discipline or not; the committee decides; the outcome comes back to the case, whose
 * committee process then sends its direction, with the outcome, to the district. Every step is on the
 * case's timeline and topic and timed by the rule table.
 */
@DanvanIntegrationTest
class PartyInspectionIT {

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
        BpmnAwareTests.init(engine);
        driver = new CaseDriver(engine);
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void theCommissionProposesDisciplineTheCommitteeDecidesAndTheOutcomeGoesBackToTheCase() throws Exception {
        DenunciationRoutingIT.clock(DenunciationRoutingIT.at("2026-03-02T09:00"));
        String caseId = toCommittee("liennghia", "Tố cáo đảng viên lợi dụng chức vụ");
        driver.complete(caseId, PetitionCommitteeProcess.TASK_DIRECT,
                Map.of(PetitionCommitteeProcess.PARTY_INSPECTION, true,
                PetitionCommitteeProcess.COMMITTEE_DIRECTION, "Giao Ủy ban Kiểm tra xác minh, kết luận",
                PetitionCommitteeProcess.DIRECTION_NUMBER, "21-CV/HU"));

        // verification: the commission's, 45 days (check)
        Task verify = driver.awaitTask(caseId, PartyInspectionProcess.TASK_VERIFY);
        assertThat(groupsOf(verify)).containsExactly("ubkthuyenuy");
        assertThat(verify.getName()).contains(caseId);
        assertThat(verify.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 16)));
        assertThat((String) deadlineOf(verify.getId()).get("rule_key")).contains("22-QĐ/TW").contains("kiểm tra");
        assertThat(driver.instance(caseId, PetitionCommitteeProcess.KEY))
                .isWaitingAt(PetitionCommitteeProcess.EVENT_AWAIT_INSPECTION);
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.REFERRED);
        assertThatThrownBy(() -> driver.complete(caseId, PartyInspectionProcess.TASK_VERIFY, Map.of()))
                .hasMessageContaining(PartyInspectionProcess.VERIFICATION);
        driver.complete(caseId, PartyInspectionProcess.TASK_VERIFY,
                Map.of(PartyInspectionProcess.VERIFICATION, "Đã làm việc với đảng viên và chi bộ"));

        // conclusion: 15 days (check); discipline only where a violation was found
        Task conclude = driver.awaitTask(caseId, PartyInspectionProcess.TASK_CONCLUDE);
        assertThat(conclude.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 17)));
        assertThatThrownBy(() -> driver.complete(caseId, PartyInspectionProcess.TASK_CONCLUDE, Map.of(
                PartyInspectionProcess.VIOLATION_FOUND, false, PartyInspectionProcess.CONCLUSION, "Không vi phạm",
                PartyInspectionProcess.DISCIPLINE_PROPOSED, true, PartyInspectionProcess.PROPOSED_DISCIPLINE, "CANH_CAO")))
                .hasMessageContaining(PartyInspectionProcess.DISCIPLINE_PROPOSED);
        driver.complete(caseId, PartyInspectionProcess.TASK_CONCLUDE, Map.of(PartyInspectionProcess.VIOLATION_FOUND, true,
                PartyInspectionProcess.CONCLUSION, "Vi phạm quy định về những điều đảng viên không được làm",
                PartyInspectionProcess.DISCIPLINE_PROPOSED, true, PartyInspectionProcess.PROPOSED_DISCIPLINE, "CANH_CAO"));

        // the standing committee's decision: 30 days (check)
        Task decide = driver.awaitTask(caseId, PartyInspectionProcess.TASK_DECIDE_DISCIPLINE);
        assertThat(groupsOf(decide)).containsExactly("huyenuy");
        assertThat(decide.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 1)));
        assertThatThrownBy(() -> driver.complete(caseId, PartyInspectionProcess.TASK_DECIDE_DISCIPLINE,
                Map.of(PartyInspectionProcess.DECIDED_DISCIPLINE, "CANH_CAO")))
                .hasMessageContaining(PartyInspectionProcess.DECISION_NUMBER);
        driver.complete(caseId, PartyInspectionProcess.TASK_DECIDE_DISCIPLINE, Map.of(
                PartyInspectionProcess.DECIDED_DISCIPLINE, "CANH_CAO", PartyInspectionProcess.DECISION_NUMBER, "15-QĐ/HU"));

        // back to the case: the committee's process sends its direction with the outcome to the district
        assertThat(driver.history(caseId, PartyInspectionProcess.KEY).getEndActivityId())
                .isEqualTo(PartyInspectionProcess.END_CLOSED);
        assertThat(driver.history(caseId, PetitionCommitteeProcess.KEY).getEndActivityId())
                .isEqualTo(PetitionCommitteeProcess.END_DIRECTION_SENT);
        Task resolve = driver.awaitTask(caseId, PetitionDistrictProcess.TASK_RESOLVE);
        assertThat((String) engine.getTaskService().getVariable(resolve.getId(),
                PetitionDistrictProcess.COMMITTEE_DIRECTION))
                .contains("Giao Ủy ban Kiểm tra").contains("Cảnh cáo").contains("15-QĐ/HU");
        assertThat(actions(caseId)).containsSubsequence("forwarded", "inspection-started", "inspection-verified",
                "inspection-concluded", "discipline-decided", "directed");
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 10))).containsSubsequence(
                "inspection-started", "inspection-verified", "inspection-concluded", "discipline-decided", "directed");

        JsonNode view = json.readTree(new Http(port).get("/api/cases/" + caseId, "huyenuy1", "demo").body());
        JsonNode inspection = view.path("partyInspections").get(0);
        assertThat(inspection.path("status").asText()).isEqualTo("CLOSED");
        assertThat(inspection.path("commissionUnit").asText()).isEqualTo("ubkthuyenuy");
        assertThat(inspection.path("proposedDiscipline").asText()).isEqualTo("CANH_CAO");
        assertThat(inspection.path("decidedDiscipline").asText()).isEqualTo("CANH_CAO");
        assertThat(inspection.path("decisionNumber").asText()).isEqualTo("15-QĐ/HU");

        driver.complete(caseId, PetitionDistrictProcess.TASK_RESOLVE,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE", CaseVariables.OUTCOME, "UPHELD",
                CaseVariables.CONCLUSION, "Tố cáo đúng", PetitionDistrictProcess.DECISION_NUMBER, "46/KL-UBND"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void noViolationNoDisciplineAndALateVerificationIsFollowedUpByTheStandingCommittee() {
        DenunciationRoutingIT.clock(DenunciationRoutingIT.at("2026-03-02T09:00"));
        String caseId = toCommittee("tanthanh", "Tố cáo đảng viên không gương mẫu");
        driver.complete(caseId, PetitionCommitteeProcess.TASK_DIRECT,
                Map.of(PetitionCommitteeProcess.PARTY_INSPECTION, true,
                PetitionCommitteeProcess.COMMITTEE_DIRECTION, "Giao Ủy ban Kiểm tra"));
        Task verify = driver.awaitTask(caseId, PartyInspectionProcess.TASK_VERIFY);
        Instant due = verify.getDueDate().toInstant();

        DenunciationRoutingIT.clock(due.plusSeconds(60));
        Task followUp = await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey(PartyInspectionProcess.TASK_FOLLOW_UP_LATE_VERIFY).singleResult(),
                task -> task != null);
        assertThat(groupsOf(followUp)).containsExactly("huyenuy");
        await().atMost(CaseDriver.PATIENCE).until(() -> actions(caseId).containsAll(List.of("reminded", "escalated")));
        assertThat(cases.get(caseId).lateState()).isEqualTo(vn.danvan.messaging.contract.Lateness.LATE);
        // the reminder and the escalation are separate jobs: let both finish before the officer acts
        await().atMost(CaseDriver.PATIENCE).until(() -> engine.getManagementService().createJobQuery()
                .processInstanceId(verify.getProcessInstanceId()).executable().count() == 0);

        driver.complete(caseId, PartyInspectionProcess.TASK_VERIFY,
                Map.of(PartyInspectionProcess.VERIFICATION, "Đã xác minh"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(PartyInspectionProcess.TASK_FOLLOW_UP_LATE_VERIFY).count()).isZero();
        driver.complete(caseId, PartyInspectionProcess.TASK_CONCLUDE, Map.of(PartyInspectionProcess.VIOLATION_FOUND, false,
                PartyInspectionProcess.CONCLUSION, "Nội dung tố cáo không đúng"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(PartyInspectionProcess.TASK_DECIDE_DISCIPLINE).count()).isZero();
        assertThat(driver.history(caseId, PartyInspectionProcess.KEY).getEndActivityId())
                .isEqualTo(PartyInspectionProcess.END_CLOSED);
        // the district's resolution, counted from its acceptance a month and a half ago, is late at once: its
        // timers fire beside this test's reads, so a read that meets them is tried again
        Task resolve = driver.awaitTask(caseId, PetitionDistrictProcess.TASK_RESOLVE);
        await().atMost(CaseDriver.PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(
                (String) engine.getTaskService().getVariable(resolve.getId(),
                PetitionDistrictProcess.COMMITTEE_DIRECTION)).contains("không có vi phạm"));
        assertThat(actions(caseId)).contains("inspection-concluded").doesNotContain("discipline-decided");
    }

    @Test
    void aDirectionWithoutInspectionKeepsTheOldPathAndOnlyADenouncedPartyMemberGoesToTheCommission() {
        String caseId = submit("ninhgia", "Kiến nghị liên quan đảng viên");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("RECOMMENDATION", "OTHER", true, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON,
                "Liên quan đảng viên"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT"));
        driver.awaitTask(caseId, PetitionCommitteeProcess.TASK_DIRECT);

        assertThatThrownBy(() -> driver.complete(caseId, PetitionCommitteeProcess.TASK_DIRECT,
                Map.of(PetitionCommitteeProcess.PARTY_INSPECTION, true,
                PetitionCommitteeProcess.COMMITTEE_DIRECTION,
                "Giao kiểm tra"))).hasMessageContaining("partyInspection");
        driver.complete(caseId, PetitionCommitteeProcess.TASK_DIRECT,
                Map.of(PetitionCommitteeProcess.COMMITTEE_DIRECTION, "Huyện xem xét giải quyết"));
        driver.awaitTask(caseId, PetitionDistrictProcess.TASK_RESOLVE);
        assertThat(driver.history(caseId, PartyInspectionProcess.KEY)).isNull();
        assertThat(actions(caseId)).doesNotContain("inspection-started");
        driver.complete(caseId, PetitionDistrictProcess.TASK_RESOLVE,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE", CaseVariables.OUTCOME, "ANSWERED",
                CaseVariables.CONCLUSION, "Đã trả lời", PetitionDistrictProcess.DECISION_NUMBER, "48/TB-UBND"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));
    }

    /** Commune, district, committee: a denunciation about a Party member, as the routing table sends it. */
    private String toCommittee(String unit, String subject) {
        String caseId = submit(unit, subject);
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                DenunciationRoutingIT.denunciation("PARTY_MEMBER", "NORMAL"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Tố cáo đảng viên"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT", PetitionDistrictProcess.HANDLER, "huyen1"));
        Task direct = driver.awaitTask(caseId, PetitionCommitteeProcess.TASK_DIRECT);
        assertThat(groupsOf(direct)).containsExactly("huyenuy");
        return caseId;
    }

    private List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
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
}
