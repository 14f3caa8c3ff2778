package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * {@code /api/reception/schedules}: bad input answers 400 naming the field (the frequency rule's
 * refusal names the recurrence), a unit's officers manage only their own unit's schedules, administrators
 * any, and a change is versioned. Đà Loan is used by no other test.
 */
@DanvanIntegrationTest
class ReceptionScheduleApiIT {

    static final String OFFICER = "daloan1";
    static final String CHAIR = "daloanchutich";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    Http http;
    ReceptionDriver driver;

    @BeforeEach
    void officers() {
        http = new Http(port);
        driver = new ReceptionDriver(engine, jdbc, http);
        driver.deactivateAll();
        driver.officer(OFFICER, "daloan");
        driver.officer(CHAIR, "daloan");
        driver.officer("daloandanguy1", "daloandanguy");
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        driver.deactivateAll();
    }

    static String chair(String override) {
        String base = ReceptionDriver.weekly("daloan", CHAIR, "Chủ tịch UBND xã Đà Loan", "COMMUNE_CHAIR", 4, "2026-09-01");
        return override == null ? base : base.replaceFirst("\\{", "{" + override + ", ");
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        ReceptionDriver.clock("2026-09-01T08:00");
        long before = schedules();
        assertRefused(chair(null).replace("\"leaderTitle\": \"Chủ tịch UBND xã Đà Loan\", ", ""), "leaderTitle");
        assertRefused(chair(null).replace("\"daloan\", \"leaderUserId\"", "\"atlantis\", \"leaderUserId\""), "unitCode");
        assertRefused(chair(null).replace("\"COMMUNE_CHAIR\"", "\"KING\""), "leaderRole");
        // a commune chair sits in the commune's government, not in its Party committee
        assertRefused(chair(null).replace("\"unitCode\": \"daloan\"", "\"unitCode\": \"daloandanguy\"")
                .replace(CHAIR, "daloandanguy1"), "leaderRole", "admin");
        assertRefused(chair(null).replace("\"weekday\": 4", "\"weekday\": 9"), "weekday");
        assertRefused(chair(null).replace("\"WEEKLY\"", "\"DAILY\""), "recurrence");
        // twice a month is below the commune chair's minimum of one day a week (the rule, not this test, says so)
        HttpResponse<String> belowMinimum = assertRefused(ReceptionDriver.monthly("daloan", CHAIR, "Chủ tịch UBND xã Đà Loan",
                "COMMUNE_CHAIR", "10, 25", "2026-09-01"), "recurrence");
        assertThat(belowMinimum.body()).contains("Điều 15");
        assertRefused(ReceptionDriver.monthly("daloan", CHAIR, "Chủ tịch", "OTHER_LEADER", "10, 31", "2026-09-01"), "monthDays");
        assertRefused(chair(null).replace(CHAIR, "hiepan1"), "leaderUserId");
        assertRefused(chair(null).replace(ReceptionDriver.VALID_UNTIL, "2026-08-01"), "validUntil");
        assertThat(schedules()).as("nothing stored").isEqualTo(before);
        HttpResponse<String> badPeriod = http.get("/api/reception/days?period=2026-13", OFFICER, "demo");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("\"field\":\"period\"");
    }

    @Test
    void aUnitsOfficersManageItsSchedulesAndAdministratorsAny() throws Exception {
        ReceptionDriver.clock("2026-09-01T08:00");
        assertThat(http.postJson("/api/reception/schedules", chair(null), "hiepan1", "demo").statusCode())
                .as("another commune's officer").isEqualTo(403);
        long id = driver.create(chair(null), OFFICER);
        JsonNode created = driver.get("/api/reception/schedules/" + id, OFFICER);
        assertThat(created.path("version").asInt()).isEqualTo(1);
        assertThat(created.path("createdBy").asText()).isEqualTo(OFFICER);

        assertThat(http.get("/api/reception/schedules/" + id, "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/reception/schedules", "hiepan1", "demo").body()).doesNotContain("daloan");
        assertThat(http.putJson("/api/reception/schedules/" + id, chair(null), "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/reception/schedules?unit=daloan", "huyen1", "demo").body())
                .as("the district reception office sees the communes' schedules").contains("\"scheduleId\":" + id);
        assertThat(http.putJson("/api/reception/schedules/" + id, chair(null), "huyen1", "demo").statusCode())
                .as("but does not manage them").isEqualTo(403);

        HttpResponse<String> changed = http.putJson("/api/reception/schedules/" + id,
                chair(null).replace("\"weekday\": 4", "\"weekday\": 2"), "admin", "demo");
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode updated = ReceptionDriver.JSON.readTree(changed.body());
        assertThat(updated.path("weekday").asInt()).isEqualTo(2);
        assertThat(updated.path("version").asInt()).isEqualTo(2);
        assertThat(updated.path("updatedBy").asText()).isEqualTo("admin");
        assertRefused(chair(null).replace("\"daloan\", \"leaderUserId\"", "\"hiepan\", \"leaderUserId\""), "unitCode",
                "admin", "/api/reception/schedules/" + id);
        assertThat(http.putJson("/api/reception/schedules/999999", chair(null), "admin", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/reception/requirements", OFFICER, "demo").body()).contains("COMMUNE_CHAIR")
                .contains("Điều 15");
        assertThat(http.get("/api/reception/schedules").statusCode()).isEqualTo(401);
    }

    private long schedules() {
        return jdbc.sql("SELECT count(*) FROM reception_schedule").query(Long.class).single();
    }

    private HttpResponse<String> assertRefused(String json, String field) throws Exception {
        return assertRefused(json, field, OFFICER);
    }

    private HttpResponse<String> assertRefused(String json, String field, String user) throws Exception {
        return assertRefused(json, field, user, null);
    }

    private HttpResponse<String> assertRefused(String json, String field, String user, String putPath) throws Exception {
        HttpResponse<String> response = putPath == null ? http.postJson("/api/reception/schedules", json, user, "demo")
                : http.putJson(putPath, json, user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ReceptionDriver.JSON.readTree(response.body()).path("errors").findValuesAsText("field")).contains(field);
        return response;
    }
}
