package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * The dashboard's reception figures: Bình Thạnh's chair receives every Wednesday of September 2026
 * (five days, one of them moved off National Day); three are held, one is not, one is still open. The
 * page's API counts them from the events against what the rule requires of the chair (one day for each
 * week whose Thursday is in September) and of the commune's Party secretary, who has no schedule.
 */
@DanvanIntegrationTest
class ReceptionDashboardIT {

    static final String OFFICER = "binhthanh1";
    static final String CHAIR = "binhthanhchutich";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReceptionSchedules schedules;

    @Autowired
    ReceptionDays days;

    @Autowired
    TransactionTemplate transaction;

    ReceptionDriver driver;

    @BeforeEach
    void officers() {
        driver = new ReceptionDriver(engine, jdbc, new Http(port));
        driver.deactivateAll();
        driver.officer(OFFICER, "binhthanh");
        driver.officer(CHAIR, "binhthanh");
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        driver.deactivateAll();
    }

    @Test
    void heldDaysAgainstRequiredDaysPerUnitAndPeriod() throws Exception {
        ReceptionDriver.clock("2026-08-31T08:00");
        long id = driver.create(ReceptionDriver.weekly("binhthanh", CHAIR, "Chủ tịch UBND xã Bình Thạnh", "COMMUNE_CHAIR", 3,
                "2026-08-31"), OFFICER);
        // the rest of the month, as the daily generator would have made them over September
        Schedule schedule = schedules.find(id).orElseThrow();
        transaction.executeWithoutResult(status -> days.generate(schedule, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
        ClockUtil.reset();
        List<String> dayIds = driver.days(id).stream().map(d -> (String) d.get("day_id")).toList();
        assertThat(driver.days(id)).extracting(d -> d.get("reception_date").toString())
                .containsExactly("2026-09-03", "2026-09-09", "2026-09-16", "2026-09-23", "2026-09-30");

        for (String dayId : dayIds.subList(0, 3)) {
            driver.complete(OFFICER, dayId, CitizenReceptionProcess.TASK_HOLD,
                    Map.of(CitizenReceptionProcess.HELD, "HELD", CitizenReceptionProcess.RECEIVED_BY,
                    "Chủ tịch UBND xã", CitizenReceptionProcess.START_TIME, "7:30", CitizenReceptionProcess.END_TIME,
                    "11:00", CitizenReceptionProcess.CITIZENS_CAME, false));
        }
        driver.complete(OFFICER, dayIds.get(3), CitizenReceptionProcess.TASK_HOLD,
                Map.of(CitizenReceptionProcess.HELD, "NOT_HELD",
                CitizenReceptionProcess.NOT_HELD_REASON, "Họp đột xuất phòng chống bão"));

        long thursdays = LocalDate.of(2026, 9, 1).datesUntil(LocalDate.of(2026, 10, 1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).count();
        JsonNode chair = await().atMost(CaseDriver.PATIENCE).until(() -> row("2026-09", "binhthanh", "COMMUNE_CHAIR", "huyenuy1"),
                r -> r != null && r.path("held").asInt() == 3 && r.path("not_held").asInt() == 1);
        assertThat(chair.path("required").asInt()).isEqualTo((int) thursdays);
        assertThat(chair.path("requiredSoFar").asInt()).as("September has ended").isEqualTo((int) thursdays);
        assertThat(chair.path("open").asInt()).isEqualTo(1);
        assertThat(chair.path("met").asBoolean()).isFalse();
        assertThat(chair.path("basis").asText()).contains("Điều 15");

        JsonNode secretary = row("2026-09", "binhthanhdanguy", "COMMUNE_PARTY_SECRETARY", "huyenuy1");
        assertThat(secretary).as("a Party secretary without a schedule is measured all the same").isNotNull();
        assertThat(secretary.path("required").asInt()).isEqualTo(2);
        assertThat(secretary.path("held").asInt()).isZero();
        assertThat(secretary.path("met").asBoolean()).isFalse();

        // the last day is held: the chair has met the month
        driver.complete(OFFICER, dayIds.get(4), CitizenReceptionProcess.TASK_HOLD,
                Map.of(CitizenReceptionProcess.HELD, "HELD", CitizenReceptionProcess.RECEIVED_BY,
                "Phó Chủ tịch UBND xã (được ủy quyền)", CitizenReceptionProcess.START_TIME, "13:30",
                CitizenReceptionProcess.END_TIME, "16:30", CitizenReceptionProcess.CITIZENS_CAME, false));
        JsonNode met = await().atMost(CaseDriver.PATIENCE).until(() -> row("2026-09", "binhthanh", "COMMUNE_CHAIR", "huyenuy1"),
                r -> r != null && r.path("held").asInt() == 4);
        assertThat(thursdays).isEqualTo(4);
        assertThat(met.path("met").asBoolean()).isTrue();
        assertThat(met.path("open").asInt()).isZero();

        // the year counts the same days against every week of 2026; other months of the year count nothing here
        JsonNode year = row("2026", "binhthanh", "COMMUNE_CHAIR", "huyenuy1");
        long yearThursdays = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).count();
        assertThat(year.path("required").asInt()).isEqualTo((int) yearThursdays);
        assertThat(year.path("held").asInt()).isEqualTo(4);
        assertThat(row("2026-10", "binhthanh", "COMMUNE_CHAIR", "huyenuy1").path("held").asInt()).isZero();

        // each sees their own units: another commune's officer sees no Bình Thạnh row
        assertThat(row("2026-09", "binhthanh", "COMMUNE_CHAIR", "hiepan1")).isNull();
        var http = new Http(port);
        assertThat(http.get("/api/dashboard/reception?period=2026-13", "huyenuy1", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/dashboard/reception?unit=atlantis", "huyenuy1", "demo").body()).contains("\"field\":\"unit\"");
    }

    private JsonNode row(String period, String unit, String role, String user) throws Exception {
        JsonNode answer = driver.get("/api/dashboard/reception?period=" + period, user);
        for (JsonNode row : answer.path("rows")) {
            if (unit.equals(row.path("unit").asText()) && role.equals(row.path("role").asText())) {
                return row;
            }
        }
        return null;
    }
}
