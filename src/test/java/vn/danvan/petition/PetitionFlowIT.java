package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaCaseEvents;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/**
 * Every path of the three petition processes, on the running application: intake through REST,
 * tasks completed through the engine API as officers would in Tasklist, and the moves between
 * levels through the real Kafka broker.
 */
@DanvanIntegrationTest
class PetitionFlowIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    PetitionCases cases;

    @Autowired
    ObjectMapper json;

    @Autowired
    RoutingInputBackfill routingInputBackfill;

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
        kafka.close();
    }

    @Test
    void aStartFormTheEngineRefusesIsExplainedToTheOfficerInVietnamese() {
        engine.getIdentityService().setAuthentication("liennghia1", List.of("liennghia"));
        try {
            String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PetitionCommuneProcess.KEY)
                    .latestVersion().singleResult().getId();
            assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition,
                    Map.of(PetitionCommuneProcess.CHANNEL, "WALK_IN",
                    CaseVariables.SUBJECT, "   ", CaseVariables.CONTENT, "Nội dung",
                    PetitionCommuneProcess.PETITIONER_NAME, "Nguyễn Văn A", PetitionCommuneProcess.PETITIONER_PHONE,
                    "gọi tôi")))
                    .hasMessageContaining("Không lưu được đơn: Số điện thoại không đúng định dạng; Tóm tắt nội dung không được để trống");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void communeHandlesAFeedbackItselfAndClosesIt() {
        String caseId = submit("liennghia", "Rác thải ở chợ");
        assertThat(driver.instance(caseId,
                PetitionCommuneProcess.KEY)).isWaitingAt(PetitionCommuneProcess.TASK_CLASSIFY);

        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("FEEDBACK", "ENVIRONMENT", false, false));
        assertThat(engine.getRuntimeService().getVariable(driver.instance(caseId, PetitionCommuneProcess.KEY).getId(),
                CaseVariables.HANDLING_LEVEL)).isEqualTo("COMMUNE");
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionCommuneProcess.VERIFICATION_NOTES, "Đã kiểm tra thực tế",
                CaseVariables.OUTCOME, "ANSWERED", CaseVariables.CONCLUSION, "Xã đã bố trí thu gom rác hằng ngày"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));

        assertThat(driver.history(caseId,
                PetitionCommuneProcess.KEY).getEndActivityId()).isEqualTo(PetitionCommuneProcess.END_CLOSED);
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        List<ConsumerRecord<String, byte[]>> events = KafkaCaseEvents.await(kafka, caseId, 5);
        assertThat(KafkaCaseEvents.changes(events)).containsExactly("received", "classified", "accepted", "resolved", "closed");
        assertThat(KafkaCaseEvents.sequences(events)).isSorted().doesNotHaveDuplicates();
        // with its four documents (receipt, acceptance, answer, result) the case's events number 1 to 9
        assertThat(KafkaCaseEvents.sequences(KafkaCaseEvents.all(kafka, caseId, 9)))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void communeForwardsDistrictAcceptsAndResolvesCommuneCloses() {
        String caseId = submit("liennghia", "Khiếu nại quyết định thu hồi đất");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("COMPLAINT", "LAND", false, true));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD",
                CaseVariables.FORWARD_REASON, "Quyết định do UBND huyện ban hành"));

        var accept = driver.awaitTask(caseId, PetitionDistrictProcess.TASK_ACCEPT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(accept.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("huyen"));
        assertThat(accept.getName()).contains(caseId).contains("Khiếu nại quyết định thu hồi đất");
        driver.complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_RESOLVE,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE", CaseVariables.OUTCOME, "PARTLY_UPHELD",
                CaseVariables.CONCLUSION, "Điều chỉnh mức bồi thường", PetitionDistrictProcess.DECISION_NUMBER,
                "125/QĐ-UBND"));

        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "MAIL"));
        assertThat(driver.history(caseId,
                PetitionDistrictProcess.KEY).getEndActivityId()).isEqualTo(PetitionDistrictProcess.END_RESOLVED);
        assertThat(driver.history(caseId,
                PetitionCommuneProcess.KEY).getEndActivityId()).isEqualTo(PetitionCommuneProcess.END_CLOSED);
        PetitionCase closed = cases.get(caseId);
        assertThat(closed.outcome()).isEqualTo("PARTLY_UPHELD");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 6)))
                .containsExactly("received", "classified", "forwarded", "accepted", "resolved", "closed");
    }

    @Test
    void districtRefusesWithAReasonAndTheCommuneTellsTheCitizen() {
        String caseId = submit("hiepan", "Đề nghị cấp lại sổ đỏ");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("RECOMMENDATION", "LAND", false, true));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Thẩm quyền huyện"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "REFUSE",
                PetitionDistrictProcess.REFUSAL_REASON, "Hồ sơ thuộc thẩm quyền Văn phòng đăng ký đất đai"));

        var inform = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN);
        assertThat(engine.getTaskService().getVariable(inform.getId(), CaseVariables.CONCLUSION))
                .isEqualTo("Hồ sơ thuộc thẩm quyền Văn phòng đăng ký đất đai");
        assertThat(engine.getTaskService().getVariable(inform.getId(),
                CaseVariables.OUTCOME_LABEL)).isEqualTo("Không thụ lý");
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "PHONE"));

        assertThat(driver.history(caseId,
                PetitionDistrictProcess.KEY).getEndActivityId()).isEqualTo(PetitionDistrictProcess.END_REFUSED);
        assertThat(cases.get(caseId).outcome()).isEqualTo("REFUSED");
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 5)))
                .containsExactly("received", "classified", "forwarded", "refused", "closed");
    }

    @Test
    void aDenunciationOfAPartyMemberIsReferredToTheCommitteeWhichDirectsTheDistrict() {
        String caseId = submit("tanhoi", "Tố cáo cán bộ lạm quyền");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", true, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON,
                "Liên quan đảng viên"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT", PetitionDistrictProcess.HANDLER, "huyen1"));

        var direct = driver.awaitTask(caseId, PetitionCommitteeProcess.TASK_DIRECT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(direct.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("huyenuy"));
        assertThat(driver.instance(caseId,
                PetitionDistrictProcess.KEY)).isWaitingAt(PetitionDistrictProcess.EVENT_AWAIT_DIRECTION);
        driver.complete(caseId, PetitionCommitteeProcess.TASK_DIRECT,
                Map.of(PetitionCommitteeProcess.COMMITTEE_DIRECTION, "Giao Ủy ban Kiểm tra xác minh",
                PetitionCommitteeProcess.DIRECTION_NUMBER, "12-CV/HU"));

        var resolve = driver.awaitTask(caseId, PetitionDistrictProcess.TASK_RESOLVE);
        assertThat(resolve.getAssignee()).isEqualTo("huyen1");
        assertThat(engine.getTaskService().getVariable(resolve.getId(), PetitionDistrictProcess.COMMITTEE_DIRECTION))
                .isEqualTo("Giao Ủy ban Kiểm tra xác minh");
        driver.complete(caseId, PetitionDistrictProcess.TASK_RESOLVE,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE", CaseVariables.OUTCOME, "UPHELD",
                CaseVariables.CONCLUSION, "Tố cáo đúng",
                PetitionDistrictProcess.DECISION_NUMBER, "45/KL-UBND"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));

        assertThat(driver.history(caseId,
                PetitionCommitteeProcess.KEY).getEndActivityId()).isEqualTo(PetitionCommitteeProcess.END_DIRECTION_SENT);
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 8))).containsExactly("received",
                "classified", "forwarded", "accepted", "forwarded", "directed", "resolved", "closed");
    }

    @Test
    void aDuplicateIsLinkedToItsOriginalAndClosed() {
        String original = submit("ninhgia", "Đường liên thôn xuống cấp");
        String duplicate = submit("ninhgia", "Đường liên thôn xuống cấp");
        driver.complete(duplicate, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("RECOMMENDATION", "INFRASTRUCTURE", false, false));
        assertThat((String) engine.getTaskService().getVariable(driver.awaitTask(duplicate,
                PetitionCommuneProcess.TASK_DECIDE_HANDLING).getId(),
                "possibleDuplicates")).contains(original);

        assertThatThrownBy(() -> driver.complete(duplicate, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "DUPLICATE", PetitionCommuneProcess.DUPLICATE_OF,
                "NINHGIA-2026-99999")))
                .hasMessageContaining("Không tìm thấy hồ sơ gốc NINHGIA-2026-99999");
        driver.complete(duplicate, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "DUPLICATE", PetitionCommuneProcess.DUPLICATE_OF, original));

        assertThat(driver.history(duplicate,
                PetitionCommuneProcess.KEY).getEndActivityId()).isEqualTo(PetitionCommuneProcess.END_CLOSED_AS_DUPLICATE);
        PetitionCase closed = cases.get(duplicate);
        assertThat(closed.status()).isEqualTo(CaseStatus.DUPLICATE);
        assertThat(closed.duplicateOf()).isEqualTo(original);
        assertThat(cases.get(original).status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void aPetitionForAnotherCommuneGoesThereWithTheSameCaseId() {
        String caseId = submit("liennghia", "Tranh chấp ranh giới đất ở Hiệp An");
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("FEEDBACK", "LAND", false, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "WRONG_UNIT", PetitionCommuneProcess.CORRECT_UNIT, "hiepan"));

        var classify = await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskCandidateGroup("hiepan").singleResult(), t -> t != null);
        assertThat(classify.getTaskDefinitionKey()).isEqualTo(PetitionCommuneProcess.TASK_CLASSIFY);
        assertThat(cases.get(caseId).originUnitCode()).isEqualTo("hiepan");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskCandidateGroup("liennghia").count()).isZero();
        assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 3)))
                .containsExactly("received", "classified", "returned");
    }

    @Test
    void aProcessFromBeforeTheRoutingTablesDenouncedPersonInputIsGivenAnEmptyOneAndRoutes() {
        String caseId = submit("liennghia", "Tố cáo cán bộ (đơn từ trước khi nâng cấp)");
        String instance = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY).getProcessInstanceId();
        engine.getRuntimeService().removeVariable(instance, CaseVariables.DENOUNCED_PERSON);

        assertThat(routingInputBackfill.fill()).isPositive();

        assertThat(engine.getRuntimeService().getVariables(instance)).containsKey(CaseVariables.DENOUNCED_PERSON)
                .containsEntry(CaseVariables.DENOUNCED_PERSON, null);
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, false));
        assertThat(driver.awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING)).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance, CaseVariables.HANDLING_LEVEL)).isEqualTo("DISTRICT");
    }

    @Test
    void anEventThatArrivesBeforeItsProcessWaitsIsCorrelatedOnceItWaits() {
        String caseId = submit("daloan", "Xin hỗ trợ hộ nghèo");
        String resolvedEarly = """
                {"caseId": "%s", "trackingCode": "X", "level": "DISTRICT", "unitCode": "daloan", "status": "RESOLVED",
                 "targetLevel": "COMMUNE", "targetUnitCode": "daloan", "actor": "test", "sequence": 99}""".formatted(caseId);
        kafka.send("danvan.cases", caseId, resolvedEarly, Map.of("ce_id", "early-" + caseId,
                "ce_type", "vn.danvan.case.resolved", "ce_source", "/test", "ce_specversion", "1.0",
                "content-type", "application/json"));

        // The commune process is still at classification: the event waits, retried with back-off.
        await().atMost(CaseDriver.PATIENCE).until(() -> new Http(port).get("/actuator/prometheus").body().lines()
                .anyMatch(line -> line.startsWith("danvan_events_retried_total{")
                        && line.contains("consumer=\"danvan-petition-handoff\"")));
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("RECOMMENDATION", "SOCIAL_POLICY", false, true));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Chính sách huyện"));

        driver.awaitTask(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN);
        assertThat(driver.instance(caseId,
                PetitionCommuneProcess.KEY)).hasPassed(PetitionCommuneProcess.EVENT_AWAIT_DISTRICT);
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
