package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.danvan.criticism.SocialCriticismProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.PdfReading;

/**
 * Each form of social criticism end to end: a conference (REST, a commune's Front, its four
 * organisations asked, an expert, the numbered document, the response accepted in time), written
 * comments (the district's Front and its five organisations, a partial acceptance that must be
 * explained) and a review council (Tasklist's start form, a response not accepted).
 */
@DanvanIntegrationTest
class SocialCriticismProcessIT {

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

    CriticismDriver driver;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        driver = new CriticismDriver(engine, jdbc, http, json);
    }

    @AfterEach
    void clearAuthentication() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aConferenceCollectsTheOrganisationsOpinionsIssuesTheNumberedDocumentAndTakesTheResponseInTime() {
        String id = driver.register("hiepanmttq", "hiepanmttq1", "Đề án bố trí dân cư tập trung thôn 4",
                "Ủy ban nhân dân xã Hiệp An", today());
        assertThat(id).startsWith("CRITICISM-HIEPANMTTQ-");
        assertThat(driver.groupsOf(driver.task(id, TASK_CHOOSE_FORM))).containsExactly("hiepanmttq");
        assertThatThrownBy(() -> driver.complete(id, TASK_CHOOSE_FORM, Map.of(FORM_NOTE, "chưa chọn")))
                .hasMessageContaining("Chọn hình thức phản biện");

        driver.chooseAndPrepare(id, "CONFERENCE");
        List<Task> asked = driver.opinionTasks(id, 4);
        assertThat(asked.stream().flatMap(task -> driver.groupsOf(task).stream()))
                .containsExactlyInAnyOrder("hiepandoan", "hiepanhccb", "hiepanhlhpn", "hiepanhnd");
        assertThat(asked).allSatisfy(task -> {
            assertThat(task.getName()).startsWith("Góp ý dự thảo được phản biện · " + id + "-Y");
            assertThat(task.getDueDate()).isNotNull();
        });
        assertThatThrownBy(() -> engine.getTaskService().complete(asked.get(0).getId(),
                Map.of(SocialCriticismOpinionProcess.OPINION, " ")))
                .hasMessageContaining("Cần ghi ý kiến góp ý");
        // Tasklist's tab "Hồ sơ, văn bản": an organisation's task belongs to its criticism
        JsonNode opinionTab = driver.read(http.get("/api/documents/tasks/" + asked.get(0).getId(), "hiepanmttq1", "demo").body());
        assertThat(opinionTab.path("subjectType").asText()).isEqualTo("CRITICISM");
        assertThat(opinionTab.path("subjectId").asText()).isEqualTo(id);
        for (Task task : asked) {
            engine.getTaskService().complete(task.getId(),
                    Map.of(SocialCriticismOpinionProcess.OPINION, "Ý kiến của " + driver.groupsOf(task).get(0)));
        }

        Task experts = driver.task(id, TASK_EXPERT_OPINIONS);
        assertThat(engine.getTaskService().getVariableLocal(experts.getId(), OPINIONS_TEXT).toString())
                .contains("Hội Nông dân xã Hiệp An: Ý kiến của hiepanhnd");
        assertThatThrownBy(() -> engine.getTaskService().complete(experts.getId(), Map.of("expert1Name", "TS. Nguyễn Văn An")))
                .hasMessageContaining("cần ghi cả họ tên và ý kiến");
        engine.getTaskService().complete(experts.getId(), Map.of("expert1Name", "TS. Nguyễn Văn An",
                "expert1Opinion", "Bổ sung đánh giá tác động môi trường", DISCUSSION, "Hội nghị thống nhất góp ý"));
        JsonNode issueTab = driver.read(http.get("/api/documents/tasks/" + driver.task(id, TASK_ISSUE_CRITICISM).getId(),
                "hiepanmttq1", "demo").body());
        assertThat(issueTab.path("issues").findValuesAsText("kind")).containsExactly("SOCIAL_CRITICISM");
        assertThat(http.get("/api/documents/tasks/" + driver.task(id, TASK_ISSUE_CRITICISM).getId(), "liennghia1", "demo")
                .statusCode()).isEqualTo(404);
        driver.complete(id, TASK_ISSUE_CRITICISM, Map.of(SUMMARY, "Phương án bồi thường chưa cụ thể",
                RECOMMENDATIONS, "Lấy ý kiến trực tiếp các hộ dân thôn 4 trước khi trình"));

        Task response = driver.task(id, TASK_RECORD_RESPONSE);
        Map<String, Object> deadline = driver.deadlineOf(response.getId());
        assertThat(deadline.get("stage")).isEqualTo("CRITICISM_RESPONSE");
        assertThat(response.getDueDate().toInstant()).isEqualTo(((java.sql.Timestamp) deadline.get("due_at")).toInstant());
        assertThat(driver.row(id).get("status")).isEqualTo("AWAITING_RESPONSE");

        // the criticism document: numbered in the Front's register, rendered, on the criticism's history
        JsonNode documents = await().atMost(CaseDriver.PATIENCE).until(() -> driver.read(
                http.get("/api/criticisms/" + id + "/documents", "hiepanmttq1", "demo").body()), list -> list.size() == 1);
        JsonNode document = documents.get(0);
        assertThat(document.path("kind").asText()).isEqualTo("SOCIAL_CRITICISM");
        assertThat(document.path("number").asText()).matches("\\d{2,}/PBXH-MTTQ");
        String pdf = PdfReading.flatText(http.getBytes(document.path("url").asText(), "hiepanmttq1", "demo").body());
        assertThat(pdf).contains("VĂN BẢN PHẢN BIỆN XÃ HỘI", document.path("number").asText(),
                "Đề án bố trí dân cư tập trung thôn 4", "Hội nghị phản biện xã hội", "Ý kiến của hiepanhnd",
                "Chuyên gia TS. Nguyễn Văn An", "Lấy ý kiến trực tiếp các hộ dân thôn 4");
        assertThat(http.get("/api/criticisms/" + id + "/documents", "liennghia1", "demo").statusCode()).isEqualTo(404);
        await().atMost(CaseDriver.PATIENCE).until(() -> driver.actions(id).contains("document-issued"));

        assertThatThrownBy(() -> engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "ACCEPTED")))
                .hasMessageContaining("Cần ghi số, ngày văn bản tiếp thu, giải trình");
        engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "ACCEPTED",
                RESPONSE_REFERENCE, "Công văn 150/UBND ngày 10/12/2026"));

        Map<String, Object> closed = driver.row(id);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("response")).isEqualTo("ACCEPTED");
        assertThat(closed.get("form")).isEqualTo("CONFERENCE");
        assertThat(driver.deadlineOf(response.getId()).get("state")).isEqualTo("MET");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(END_CLOSED)
                .processInstanceId(response.getProcessInstanceId()).finished().count()).isEqualTo(1);
        assertThat(driver.actions(id)).containsSubsequence("received", "form-decided", "conference-prepared",
                "opinions-requested", "opinion-requested", "opinion-given", "experts-recorded", "drafted", "issued",
                "document-issued", "responded", "closed");

        JsonNode view = driver.read(http.get("/api/criticisms/" + id, "hiepanmttq1", "demo").body());
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("opinions").findValuesAsText("source")).containsExactly("ORGANISATION", "ORGANISATION",
                "ORGANISATION", "ORGANISATION", "EXPERT");
        assertThat(view.path("history").findValuesAsText("action")).contains("responded");
        assertThat(http.get("/api/criticisms/" + id, "liennghia1", "demo").statusCode()).isEqualTo(404);
        assertThat(driver.read(http.get("/api/criticisms", "hiepanmttq1", "demo").body()).findValuesAsText("criticismId"))
                .contains(id);
        assertThat(driver.read(http.get("/api/criticisms", "liennghia1", "demo").body()).findValuesAsText("criticismId"))
                .doesNotContain(id);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords("danvan.criticisms",
                    record -> id.equals(record.key()) && "/danvan/criticism".equals(KafkaTestClient.header(record, "ce_source")),
                    13, Duration.ofSeconds(30));
            assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type").substring("vn.danvan.criticism.".length()))
                    .containsExactly("received", "form-decided", "opinion-requested", "opinion-requested", "opinion-requested",
                            "opinion-requested", "opinion-given", "opinion-given", "opinion-given", "opinion-given", "issued",
                            "responded", "closed");
            List<JsonNode> bodies = events.stream().map(record -> driver.read(KafkaTestClient.value(record))).toList();
            assertThat(bodies).extracting(body -> body.path("sequence").asInt()).isSorted().doesNotHaveDuplicates();
            assertThat(bodies.get(2).path("opinionUnitCode").asText()).startsWith("hiepan");
            assertThat(bodies.get(10).path("dueAt").isMissingNode()).isFalse();
            assertThat(bodies.get(11).path("response").asText()).isEqualTo("ACCEPTED");
            // no text an officer or organisation wrote travels in events
            assertThat(KafkaTestClient.value(events.get(6))).doesNotContain("Ý kiến của");
            assertThat(kafka.awaitRecords("danvan.criticisms", record -> id.equals(record.key())
                    && "vn.danvan.document.issued".equals(KafkaTestClient.header(record, "ce_type")), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
        }
    }

    @Test
    void writtenCommentsOfTheDistrictsOrganisationsEndInAPartialAcceptanceThatMustBeExplained() {
        String authority = jdbc.sql("SELECT name_vi FROM unit WHERE code = 'huyen'").query(String.class).single();
        String body = """
                {"unitCode": "mttqhuyen", "title": "Kế hoạch chỉnh trang đô thị thị trấn Liên Nghĩa",
                 "authorityUnitCode": "huyen", "draftReference": "Tờ trình 45/TTr-UBND", "receivedOn": "%s"}""".formatted(today());
        var created = http.postJson("/api/criticisms", body, "admin", "demo");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = driver.read(created.body()).path("criticismId").asText();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/criticisms/" + id);
        assertThat(driver.row(id).get("authority_name")).isEqualTo(authority);

        driver.chooseAndPrepare(id, "WRITTEN");
        List<Task> asked = driver.opinionTasks(id, 5);
        assertThat(asked.stream().flatMap(task -> driver.groupsOf(task).stream())).containsExactlyInAnyOrder(
                "doanthanhnienhuyen", "hoiccbhuyen", "hoinongdanhuyen", "hoiphunuhuyen", "liendoanldhuyen");
        for (Task task : asked) {
            engine.getTaskService().complete(task.getId(),
                    Map.of(SocialCriticismOpinionProcess.OPINION, "Đồng ý với dự thảo"));
        }
        driver.complete(id, TASK_EXPERT_OPINIONS, Map.of());
        driver.complete(id, TASK_ISSUE_CRITICISM, Map.of(SUMMARY, "Cần bảo đảm sinh kế hộ kinh doanh",
                RECOMMENDATIONS, "Bố trí điểm kinh doanh tạm"));
        Task response = driver.task(id, TASK_RECORD_RESPONSE);

        // "no response" is for a late authority only
        assertThatThrownBy(() -> engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "NONE")))
                .hasMessageContaining("Chưa hết hạn trả lời");
        assertThatThrownBy(() -> engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "PARTLY_ACCEPTED",
                RESPONSE_REFERENCE, "Công văn 200/UBND"))).hasMessageContaining("Cần ghi nội dung giải trình");
        engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "PARTLY_ACCEPTED",
                RESPONSE_REFERENCE, "Công văn 200/UBND", RESPONSE_TEXT, "Chưa bố trí được quỹ đất năm 2027"));

        Map<String, Object> closed = driver.row(id);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("response")).isEqualTo("PARTLY_ACCEPTED");
        assertThat(closed.get("response_text")).isEqualTo("Chưa bố trí được quỹ đất năm 2027");
        assertThat(driver.actions(id)).containsSubsequence("received", "form-decided", "sent-for-comments",
                "opinions-requested", "experts-recorded", "drafted", "issued", "responded", "closed");
        assertThat(driver.actions(id)).doesNotContain("conference-prepared", "council-convened");
    }

    @Test
    void aReviewCouncilEnteredWithTasklistsStartFormEndsInAResponseNotAccepted() {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>(Map.of(UNIT_CODE, "hiepanmttq", TITLE, "Quy hoạch bãi rác thôn 7",
                AUTHORITY_NAME, "Phòng Tài nguyên và Môi trường huyện", DRAFT_REFERENCE, "Công văn 88/TNMT",
                RECEIVED_ON, today().toString()));

        // an officer of another Front committee may start criticisms, but not in this one's register
        engine.getIdentityService().setAuthentication("mttqhuyen-officer", List.of("mttqhuyen"));
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, form))
                .hasMessageContaining("không thuộc đơn vị hiepanmttq");
        engine.getIdentityService().setAuthentication("hiepanmttq1", List.of("hiepanmttq"));
        Map<String, Object> undated = new HashMap<>(form);
        undated.remove(RECEIVED_ON);
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, undated))
                .hasMessageContaining("receivedOn");
        String id = engine.getFormService().submitStartForm(definitionId, form).getBusinessKey();
        engine.getIdentityService().clearAuthentication();
        assertThat(id).startsWith("CRITICISM-HIEPANMTTQ-");
        assertThat(jdbc.sql("SELECT created_by FROM criticism WHERE criticism_id = ?").param(id).query(String.class).single())
                .isEqualTo("hiepanmttq1");

        driver.chooseAndPrepare(id, "COUNCIL");
        for (Task task : driver.opinionTasks(id, 4)) {
            engine.getTaskService().complete(task.getId(),
                    Map.of(SocialCriticismOpinionProcess.OPINION, "Đề nghị khảo sát lại vị trí"));
        }
        driver.complete(id, TASK_EXPERT_OPINIONS, Map.of("expert1Name", "KS. Trần Minh", "expert1Opinion", "Vị trí gần nguồn nước"));
        driver.complete(id, TASK_ISSUE_CRITICISM, Map.of(SUMMARY, "Vị trí chưa phù hợp",
                RECOMMENDATIONS, "Chọn vị trí khác"));
        driver.complete(id, TASK_RECORD_RESPONSE,
                Map.of(RESPONSE, "NOT_ACCEPTED", RESPONSE_REFERENCE, "Công văn 99/TNMT",
                RESPONSE_TEXT, "Đã đánh giá tác động môi trường đạt yêu cầu"));

        assertThat(driver.row(id).get("status")).isEqualTo("CLOSED");
        assertThat(driver.row(id).get("response")).isEqualTo("NOT_ACCEPTED");
        assertThat(driver.row(id).get("form_record").toString()).contains("05/QĐ-MTTQ");
        assertThat(driver.actions(id)).containsSubsequence("received", "form-decided", "council-convened",
                "experts-recorded", "issued", "responded", "closed");
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), StepSupport.VIETNAM);
    }
}
