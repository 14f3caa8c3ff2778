package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;

/**
 * One campaign from programme entry to every recommendation answered, through the real doors: the
 * start form, the answer REST API (a supervised body's service account), an {@code answered}
 * CloudEvent on Kafka, and the events on {@code danvan.supervisions} asserted as a consumer sees them.
 */
@DanvanIntegrationTest
class SupervisionEndToEndIT {

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

    KafkaTestClient kafka;
    SupervisionDriver driver;

    @BeforeEach
    void setUp() {
        kafka = new KafkaTestClient(bootstrapServers);
        driver = new SupervisionDriver(engine, jdbc);
        driver.serviceAccount("ubnddaquyn", "s3cret-daquyn");
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void aCampaignRunsFromProgrammeToEveryRecommendationAnswered() throws Exception {
        String id = driver.enter("hoiphunuhuyen", 2026, "Thực hiện chính sách hỗ trợ phụ nữ nghèo", "UBND xã Đa Quyn", null);
        assertThat(id).matches("SUPERVISION-HOIPHUNUHUYEN-2026-\\d{2}");
        assertThat(driver.groupsOf(driver.task(id, SupervisionCampaignProcess.TASK_AGREE))).containsExactly("huyenuy");

        driver.driveToFinalReport(id, List.of("Rà soát lại danh sách hộ nghèo", "Công khai kết quả bình xét"));
        String first = id + "-K1";
        String second = id + "-K2";
        assertThat(driver.task(first, SupervisionRecommendationProcess.TASK_RECORD_ANSWER).getDueDate()).isNotNull();

        // the body answers the first through REST with its service account
        var http = new Http(port);
        String path = "/api/supervisions/" + id + "/recommendations/" + first + "/answer";
        assertThat(http.postJson(path, "{\"response\": \"REJECTED\"}", "ubnddaquyn", "s3cret-daquyn").statusCode())
                .as("a rejection needs a reason").isEqualTo(400);
        var answered = http.postJson(path, "{\"response\": \"ACCEPTED\", \"text\": \"Đã rà soát xong\"}",
                "ubnddaquyn", "s3cret-daquyn");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(json.readTree(answered.body()).path("state").asText()).isEqualTo("ANSWERED");
        assertThat(http.postJson(path, "{\"response\": \"ACCEPTED\"}", "ubnddaquyn", "s3cret-daquyn").statusCode())
                .as("answered twice").isEqualTo(409);
        assertThat(http.postJson(path, "{\"response\": \"ACCEPTED\"}", "hiepan1", "demo").statusCode()).isEqualTo(404);

        // ... and the second as a CloudEvent on danvan.supervisions, sent twice
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"campaignId": "%s", "recommendationId": "%s", "response": "PARTLY_ACCEPTED",
                 "reason": "Chỉ công khai tại thôn", "sequence": 1}""".formatted(id, second);
        Map<String, String> headers = Map.of("ce_id", eventId, "ce_type", "vn.danvan.supervision.answered",
                "ce_source", "/ubnd/daquyn", "ce_specversion", "1.0", "content-type", "application/json");
        kafka.send("danvan.supervisions", id, data, headers);
        var again = kafka.send("danvan.supervisions", id, data, headers);
        kafka.awaitProcessed("danvan-supervision-answers", again, CaseDriver.PATIENCE);
        assertThat(driver.state(second)).isEqualTo("ANSWERED");
        assertThat(jdbc.sql("SELECT answer_channel || ':' || response_reason FROM supervision_recommendation WHERE recommendation_id = ?")
                .param(second).query(String.class).single()).isEqualTo("KAFKA:Chỉ công khai tại thôn");

        driver.complete(first, SupervisionRecommendationProcess.TASK_JUDGE,
                Map.of(SupervisionRecommendationProcess.JUDGEMENT, "SATISFACTORY"));
        driver.complete(second, SupervisionRecommendationProcess.TASK_JUDGE,
                Map.of(SupervisionRecommendationProcess.JUDGEMENT, "SATISFACTORY"));
        await().atMost(CaseDriver.PATIENCE).until(() -> driver.status(id).equals("CLOSED"));

        JsonNode view = json.readTree(http.get("/api/supervisions/" + id, "huyenuy1", "demo").body());
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("recommendations").findValuesAsText("state")).containsExactly("RESOLVED", "RESOLVED");
        assertThat(http.get("/api/supervisions/" + id, "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(json.readTree(http.get("/api/supervisions?year=2026", "huyenuy1", "demo").body())
                .findValuesAsText("campaignId")).contains(id);

        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords("danvan.supervisions",
                record -> id.equals(record.key()) && "/danvan/supervision".equals(KafkaTestClient.header(record, "ce_source")),
                10, Duration.ofSeconds(30));
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type").substring("vn.danvan.supervision.".length()))
                .containsExactly("planned", "started", "reported", "recommendation-made", "recommendation-made",
                        "answered", "answered", "judged", "judged", "closed");
        List<JsonNode> bodies = events.stream().map(record -> read(KafkaTestClient.value(record))).toList();
        // the campaign's documents take their places in the same sequence (docs/documents.md)
        assertThat(bodies).extracting(body -> body.path("sequence").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(bodies.get(3).path("dueAt").isMissingNode()).isFalse();
        assertThat(bodies.get(6).path("response").asText()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(bodies.get(9).path("status").asText()).isEqualTo("CLOSED");
        assertThat(KafkaTestClient.value(events.get(6))).doesNotContain("Chỉ công khai");

        // the team decision, the report and each recommendation are official documents
        JsonNode documents = await().atMost(CaseDriver.PATIENCE).until(() -> read(http.get(
                "/api/supervisions/" + id + "/documents", "huyenuy1", "demo").body()), list -> list.size() == 4);
        assertThat(documents.findValuesAsText("kind")).containsExactly("SUPERVISION_DECISION", "SUPERVISION_REPORT",
                "SUPERVISION_RECOMMENDATION", "SUPERVISION_RECOMMENDATION");
        String report = vn.danvan.support.PdfReading.flatText(http.getBytes(documents.get(1).path("url").asText(),
                "huyenuy1", "demo").body());
        assertThat(report).contains("BÁO CÁO", "Kết quả giám sát", "Rà soát lại danh sách hộ nghèo",
                "Công khai kết quả bình xét", "UBND xã Đa Quyn", documents.get(1).path("number").asText());
        assertThat(documents.get(1).path("number").asText()).matches("\\d{2,}/BC-HLHPN");
        assertThat(http.get("/api/supervisions/" + id + "/documents", "hiepan1", "demo").statusCode()).isEqualTo(404);
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
