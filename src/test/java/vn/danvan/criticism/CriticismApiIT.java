package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/** The REST door of social criticism: each bad field named, another unit's officer refused, own unit only. */
@DanvanIntegrationTest
class CriticismApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    Http http;
    CriticismDriver driver;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        driver = new CriticismDriver(engine, jdbc, http, json);
    }

    @Test
    void aDraftWithoutItsFactsIsRefusedNamingEachField() {
        long before = count();
        var response = http.postJson("/api/criticisms", "{\"unitCode\": \"hiepanmttq\"}", "hiepanmttq1", "demo");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactlyInAnyOrder("title", "authorityName", "draftReference", "receivedOn");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aUnitThatIsNoFrontCommitteeAnUnknownAuthorityAndImpossibleDatesAreRefusedByName() {
        LocalDate today = today();
        assertThat(fields(post("hiepan", null, today, null, "admin").body())).containsExactly("unitCode");
        assertThat(fields(post("hiepanmttq", "atlantis", today, null, "admin").body())).containsExactly("authorityUnitCode");
        assertThat(fields(post("hiepanmttq", null, today.plusDays(1), null, "hiepanmttq1").body())).containsExactly("receivedOn");
        assertThat(fields(post("hiepanmttq", null, today.minusDays(400), null, "hiepanmttq1").body())).containsExactly("receivedOn");
        assertThat(fields(post("hiepanmttq", null, today, today.minusDays(1), "hiepanmttq1").body()))
                .containsExactly("requestedBy");
        var tooLong = http.postJson("/api/criticisms", "{\"unitCode\": \"hiepanmttq\", \"title\": \"" + "x".repeat(301) + "\"}",
                "hiepanmttq1", "demo");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(fields(tooLong.body())).containsExactly("title");
        var notADate = http.postJson("/api/criticisms", "{\"unitCode\": \"hiepanmttq\", \"receivedOn\": \"hôm qua\"}",
                "hiepanmttq1", "demo");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(fields(notADate.body())).containsExactly("receivedOn");
    }

    @Test
    void onlyTheFrontCommitteesOwnOfficersRegisterAndSeeItsCriticisms() {
        long before = count();
        var refused = post("hiepanmttq", null, today(), null, "liennghia1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);

        var created = post("hiepanmttq", null, today(), today().plusDays(20), "hiepanmttq1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = driver.read(created.body());
        String id = view.path("criticismId").asText();
        assertThat(view.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(view.path("requestedBy").asText()).isEqualTo(today().plusDays(20).toString());
        assertThat(view.path("history").findValuesAsText("action")).containsExactly("received");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(SocialCriticismProcess.KEY).count()).isEqualTo(1);

        assertThat(http.get("/api/criticisms/" + id, "hiepanmttq1", "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/criticisms/" + id, "huyenuy1", "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/criticisms/" + id, "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/criticisms/" + id, "liennghia1", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/criticisms/CRITICISM-NOWHERE-2026-01", "admin", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/criticisms").statusCode()).isEqualTo(401);
        assertThat(driver.read(http.get("/api/criticisms?year=" + today().getYear(), "hiepan1", "demo").body())
                .findValuesAsText("criticismId")).doesNotContain(id);
    }

    @Test
    void theResponseDoorTakesTheAuthoritysLetterOnlyWhenAwaitedAndComplete() {
        String id = driver.register("hiepanmttq", "hiepanmttq1", "Kế hoạch phát triển chăn nuôi tập trung",
                "Ủy ban nhân dân xã Hiệp An", today());
        String path = "/api/criticisms/" + id + "/response";
        var early = http.postJson(path, "{\"response\": \"ACCEPTED\", \"reference\": \"CV 1\"}", "hiepanmttq1", "demo");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(fields(early.body())).containsExactly("criticismId");

        driver.driveToResponse(id, "WRITTEN", 4);
        var unexplained = http.postJson(path, "{\"response\": \"NOT_ACCEPTED\", \"reference\": \"CV 7/UBND\"}",
                "hiepanmttq1", "demo");
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(fields(unexplained.body())).containsExactly("responseText");
        var unknown = http.postJson(path, "{\"response\": \"MAYBE\"}", "hiepanmttq1", "demo");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown.body())).containsExactly("response");
        var noneInTime = http.postJson(path, "{\"response\": \"NONE\"}", "hiepanmttq1", "demo");
        assertThat(noneInTime.statusCode()).isEqualTo(409);
        assertThat(fields(noneInTime.body())).containsExactly("response");
        String letter = "{\"response\": \"NOT_ACCEPTED\", \"reference\": \"CV 7/UBND\", \"text\": \"Đã có quy hoạch được duyệt\"}";
        assertThat(http.postJson(path, letter, "liennghia1", "demo").statusCode()).isEqualTo(404);
        assertThat(http.postJson(path, letter, "huyenuy1", "demo").statusCode()).isEqualTo(403);
        assertThat(driver.row(id).get("status")).isEqualTo("AWAITING_RESPONSE");

        var taken = http.postJson(path, letter, "hiepanmttq1", "demo");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        JsonNode view = driver.read(taken.body());
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("response").asText()).isEqualTo("NOT_ACCEPTED");
        assertThat(view.path("responseText").asText()).isEqualTo("Đã có quy hoạch được duyệt");
        assertThat(jdbc.sql("SELECT actor FROM criticism_history WHERE criticism_id = ? AND action = 'responded'").param(id)
                .query(String.class).single()).isEqualTo("hiepanmttq1");
        assertThat(http.postJson(path, letter, "hiepanmttq1", "demo").statusCode()).isEqualTo(409);
    }

    private java.net.http.HttpResponse<String> post(String unitCode, String authorityUnitCode, LocalDate receivedOn,
            LocalDate requestedBy, String user) {
        String authority = authorityUnitCode == null ? "\"authorityName\": \"Ủy ban nhân dân xã Hiệp An\""
                : "\"authorityUnitCode\": \"" + authorityUnitCode + "\"";
        String body = """
                {"unitCode": "%s", "title": "Dự thảo Nghị quyết về giá dịch vụ thu gom rác", %s,
                 "draftReference": "Tờ trình 12/TTr-UBND", "receivedOn": "%s"%s}""".formatted(unitCode, authority, receivedOn,
                requestedBy == null ? "" : ", \"requestedBy\": \"" + requestedBy + "\"");
        return http.postJson("/api/criticisms", body, user, "demo");
    }

    private List<String> fields(String body) {
        return driver.read(body).path("errors").findValuesAsText("field");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM criticism").query(Long.class).single();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), StepSupport.VIETNAM);
    }
}
