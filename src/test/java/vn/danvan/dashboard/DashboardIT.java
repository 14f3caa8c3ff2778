package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
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
import vn.danvan.support.Petitions;

/** The read model from the events, and the dashboard's endpoints with their unit filter. */
@DanvanIntegrationTest
class DashboardIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void duplicatesAndOutOfOrderEventsGiveTheSameRowAsAnOrderlyStream() {
        String orderly = "ORDERLY-" + UUID.randomUUID();
        String shuffled = "SHUFFLED-" + UUID.randomUUID();
        sendLife(orderly, new int[] {1, 2, 3, 4, 5});
        sendLife(shuffled, new int[] {5, 1, 3, 3, 2, 5, 4, 1});

        await().atMost(CaseDriver.PATIENCE).until(() -> events(orderly) == 5 && events(shuffled) == 5);
        Map<String, Object> a = row(orderly);
        Map<String, Object> b = row(shuffled);
        for (String column : new String[] {"state", "status", "case_type", "escalations", "last_sequence", "classified_at",
            "accepted_at", "closed_at", "received_month"}) {
            assertThat(b.get(column)).as(column).isEqualTo(a.get(column));
        }
        assertThat(a.get("state")).isEqualTo("CLOSED");
        assertThat(a.get("escalations")).isEqualTo(1);
        assertBucketsAgreeWithRows();
    }

    @Test
    void aRebuildReplaysTheTopicsIntoTheSameReadModel() throws Exception {
        String caseId = "REBUILD-" + UUID.randomUUID();
        sendLife(caseId, new int[] {1, 2, 3, 4, 5});
        await().atMost(CaseDriver.PATIENCE).until(() -> events(caseId) == 5);
        Map<String, Object> before = row(caseId);

        HttpResponse<String> response = new Http(port).postJson("/api/dashboard/rebuild", "{}", "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(new Http(port).postJson("/api/dashboard/rebuild", "{}", "huyen1", "demo").statusCode()).isEqualTo(403);

        await().atMost(CaseDriver.PATIENCE).until(() -> events(caseId) == 5);
        Map<String, Object> after = row(caseId);
        assertThat(after.get("state")).isEqualTo(before.get("state"));
        assertThat(after.get("escalations")).isEqualTo(before.get("escalations"));
        assertThat(after.get("last_sequence")).isEqualTo(before.get("last_sequence"));
        await().atMost(CaseDriver.PATIENCE).untilAsserted(this::assertBucketsAgreeWithRows);
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommuneTheDistrictsReceptionOfficeSeesTheCommunes() throws Exception {
        submit("liennghia", "Bảng điều hành Liên Nghĩa", "liennghia1");
        submit("hiepan", "Bảng điều hành Hiệp An", "hiepan1");
        await().atMost(CaseDriver.PATIENCE).until(() -> units("huyen1").contains("hiepan") && units("huyen1").contains("liennghia"));

        assertThat(units("liennghia1")).containsOnly("liennghia");
        JsonNode list = json.readTree(new Http(port).get("/api/dashboard/cases?state=OPEN&size=200", "liennghia1", "demo").body());
        assertThat(list.path("items").findValuesAsText("origin_unit")).isNotEmpty().containsOnly("liennghia");
        assertThat(new Http(port).get("/api/dashboard/summary?unit=hiepan", "liennghia1", "demo").statusCode()).isEqualTo(400);
        assertThat(new Http(port).get("/api/dashboard/summary?from=yesterday", "huyen1", "demo").statusCode()).isEqualTo(400);
        assertThat(new Http(port).get("/api/dashboard/summary?type=COMPLAINTS", "huyen1", "demo").statusCode())
                .as("a misspelt filter is refused, not answered with zeros").isEqualTo(400);
        assertThat(new Http(port).get("/api/dashboard/summary?level=PROVINCE", "huyen1", "demo").statusCode()).isEqualTo(400);
        assertThat(new Http(port).get("/api/dashboard/summary?type=UNCLASSIFIED", "huyen1", "demo").statusCode()).isEqualTo(200);
        assertThat(new Http(port).get("/api/dashboard/summary").statusCode()).isEqualTo(401);
    }

    @Test
    void theCsvExportOpensInExcelWithVietnameseAndNoPersonalData() throws Exception {
        String caseId = submit("ninhgia", "Xuất CSV", "admin");
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM dash_case WHERE case_id = ?")
                .param(caseId).query(Long.class).single() == 1);

        HttpResponse<String> csv = new Http(port).get("/api/dashboard/cases.csv?unit=ninhgia", "huyen1", "demo");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFFMã hồ sơ,Đơn vị tiếp nhận").contains(caseId)
                .doesNotContain("Nguyễn Văn Bình").doesNotContain("0912");
    }

    @Test
    void aCaseTimelineAndTheMetricsComeFromTheEvents() throws Exception {
        String caseId = submit("tanhoi", "Diễn biến", "admin");
        await().atMost(CaseDriver.PATIENCE).until(() -> json.readTree(new Http(port)
                .get("/api/dashboard/cases/" + caseId + "/timeline", "admin", "demo").body()).size() == 1);
        assertThat(json.readTree(new Http(port).get("/api/dashboard/cases/" + caseId + "/timeline", "hiepan1", "demo")
                .body())).isEmpty();
        await().atMost(CaseDriver.PATIENCE).untilAsserted(() -> assertThat(new Http(port).get("/actuator/prometheus").body())
                .contains("danvan_cases_open{").contains("unit=\"tanhoi\""));
    }

    @Test
    void theSupervisionScorecardCountsOnlyAgreedCampaignsAndIsMetByFinishedOnes() throws Exception {
        int year = 2031; // a year no other test plans in
        String declined = "SUP-DECLINED-" + UUID.randomUUID();
        String running = "SUP-RUNNING-" + UUID.randomUUID();
        String finished = "SUP-FINISHED-" + UUID.randomUUID();
        // commune Front committees supervise (a commune's government does not: it is not measured)
        DashboardEvents.supervisionEvent(kafka, declined, "liennghiamttq", year, 1, "planned", "PLANNED");
        DashboardEvents.supervisionEvent(kafka, declined, "liennghiamttq", year, 2, "closed", "NOT_AGREED"); // as published
        DashboardEvents.supervisionEvent(kafka, running, "hiepanmttq", year, 1, "started", "IN_PROGRESS");
        DashboardEvents.supervisionEvent(kafka, finished, "tanhoimttq", year, 1, "closed", "CLOSED");

        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("""
                SELECT count(*) FROM dash_supervision WHERE campaign_id IN (?, ?, ?)
                AND (campaign_id <> ? OR status = 'NOT_AGREED')""").params(declined, running, finished, declined)
                .query(Long.class).single() == 3);
        JsonNode rows = json.readTree(new Http(port).get("/api/dashboard/summary?year=" + year, "huyenuy1", "demo").body())
                .at("/scorecard/supervision");
        Map<String, JsonNode> byUnit = new java.util.HashMap<>();
        rows.forEach(row -> byUnit.put(row.path("unit").asText(), row));

        assertThat(byUnit.get("liennghiamttq").path("campaigns").asLong()).as("a declined campaign does not count").isZero();
        assertThat(byUnit.get("liennghiamttq").path("met").asBoolean()).isFalse();
        assertThat(byUnit.get("hiepanmttq").path("campaigns").asLong()).isEqualTo(1);
        assertThat(byUnit.get("hiepanmttq").path("met").asBoolean()).as("running, not yet carried through").isFalse();
        assertThat(byUnit.get("tanhoimttq").path("closed").asLong()).isEqualTo(1);
        assertThat(byUnit.get("tanhoimttq").path("met").asBoolean()).isTrue();
        assertThat(byUnit.get("tanhoimttq").path("target").asText()).isEqualTo("1-2");
        assertThat(byUnit).as("only units whose kind supervises are measured").doesNotContainKeys("liennghia", "huyen",
                "huyenuy", "hiepandanguy").containsKeys("mttqhuyen", "hiepanhnd");
    }

    private void sendLife(String caseId, int[] order) {
        String[][] life = {
            {"received", "RECEIVED", null, "ON_TIME"},
            {"classified", "CLASSIFIED", "COMPLAINT", "ON_TIME"},
            {"escalated", "CLASSIFIED", "COMPLAINT", "LATE"},
            {"accepted", "IN_PROGRESS", "COMPLAINT", "ON_TIME"},
            {"closed", "CLOSED", "COMPLAINT", "ON_TIME"}};
        for (int sequence : order) {
            String[] step = life[sequence - 1];
            DashboardEvents.caseEvent(kafka, caseId, "projectiontest", sequence, step[0], step[1], step[2], step[3],
                    "2026-11-20T02:00:00Z");
        }
    }

    private void assertBucketsAgreeWithRows() {
        var fromRows = jdbc.sql("""
                SELECT origin_unit, current_level, case_type, received_month, state, count(*) AS cases,
                       sum(escalations) AS escalations FROM dash_case WHERE origin_unit = 'projectiontest'
                GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5""").query().listOfRows();
        var fromBuckets = jdbc.sql("""
                SELECT origin_unit, current_level, case_type, received_month, state, cases, escalations
                FROM dash_case_bucket WHERE origin_unit = 'projectiontest' AND cases <> 0 ORDER BY 1, 2, 3, 4, 5""")
                .query().listOfRows();
        assertThat(fromBuckets).hasSameSizeAs(fromRows);
        for (int i = 0; i < fromRows.size(); i++) {
            assertThat(((Number) fromBuckets.get(i).get("cases")).longValue())
                    .isEqualTo(((Number) fromRows.get(i).get("cases")).longValue());
            assertThat(((Number) fromBuckets.get(i).get("escalations")).longValue())
                    .isEqualTo(((Number) fromRows.get(i).get("escalations")).longValue());
        }
    }

    private java.util.List<String> units(String user) throws Exception {
        return json.readTree(new Http(port).get("/api/dashboard/summary", user, "demo").body()).path("byUnit")
                .findValuesAsText("unit");
    }

    private long events(String caseId) {
        return jdbc.sql("SELECT count(*) FROM dash_case_event WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    private Map<String, Object> row(String caseId) {
        return jdbc.sql("SELECT * FROM dash_case WHERE case_id = ?").param(caseId).query().singleRow();
    }

    private String submit(String unit, String subject, String user) throws Exception {
        var response = new Http(port).postJson("/api/petitions", Petitions.json(unit, subject), user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("caseId").asText();
    }
}
