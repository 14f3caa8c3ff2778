package vn.danvan.reception;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.Http;
import vn.danvan.support.SeedAccounts;

/** Drives reception schedules and days the way officers do: REST for schedules, Tasklist's forms for the days. */
final class ReceptionDriver {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final Http http;

    ReceptionDriver(ProcessEngine engine, JdbcClient jdbc, Http http) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.http = http;
    }

    /** An officer of a unit without a demo account (password demo), created once. */
    String officer(String userId, String unitCode) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName("Cán bộ");
            user.setLastName(unitCode);
            user.setPassword("demo");
            SeedAccounts.save(identity, user);
            identity.createMembership(userId, unitCode);
        }
        return userId;
    }

    /** The engine's clock at a time of day in Vietnam. */
    static void clock(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant()));
    }

    /**
     * Every test schedule ends before the real date the tests run on: the generator's timer, which a test
     * may leave overdue after moving the engine's clock, then never generates days for it at the real date.
     */
    static final String VALID_UNTIL = "2026-10-31";

    static String weekly(String unit, String leader, String title, String role, int weekday, String validFrom) {
        return """
                {"unitCode": "%s", "leaderUserId": "%s", "leaderTitle": "%s", "leaderRole": "%s", "recurrence": "WEEKLY",
                 "weekday": %d, "place": "Trụ sở tiếp công dân", "validFrom": "%s", "validUntil": "%s"}""".formatted(unit, leader,
                title, role, weekday, validFrom, VALID_UNTIL);
    }

    static String monthly(String unit, String leader, String title, String role, String days, String validFrom) {
        return """
                {"unitCode": "%s", "leaderUserId": "%s", "leaderTitle": "%s", "leaderRole": "%s", "recurrence": "MONTHLY",
                 "monthDays": [%s], "place": "Hội trường Đảng ủy", "validFrom": "%s", "validUntil": "%s"}""".formatted(unit, leader,
                title, role, days, validFrom, VALID_UNTIL);
    }

    /** Creates a schedule through the API and returns its id. */
    long create(String json, String user) throws Exception {
        HttpResponse<String> response = http.postJson("/api/reception/schedules", json, user, "demo");
        if (response.statusCode() != 201) {
            throw new AssertionError("schedule refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("scheduleId").asLong();
    }

    JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> response = http.get(path, user, "demo");
        if (response.statusCode() != 200) {
            throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    List<Map<String, Object>> days(long scheduleId) {
        return jdbc.sql("SELECT * FROM reception_day WHERE schedule_id = ? ORDER BY scheduled_date").param(scheduleId)
                .query().listOfRows();
    }

    Task task(String dayId, String taskKey) {
        return new CaseDriver(engine).awaitTask(dayId, taskKey);
    }

    /** As Tasklist does: the officer and the groups of their units, so that group authorizations apply. */
    void complete(String userId, String dayId, String taskKey, Map<String, Object> variables) {
        Task task = task(dayId, taskKey);
        var identity = engine.getIdentityService();
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    boolean endedAt(String dayId, String endEventId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(endEventId)
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(dayId).processDefinitionKey(CitizenReceptionProcess.KEY).singleResult()
                        .getId())
                .finished().count() == 1;
    }

    /**
     * Runs the generator's daily timer now, as the job executor would at its time. The executor may be
     * running an overdue one at the same moment (a test moved the clock): then this tries the next.
     */
    void runGenerator() {
        var management = engine.getManagementService();
        await().atMost(CaseDriver.PATIENCE).ignoreExceptions().until(() -> {
            var job = management.createJobQuery().processDefinitionKey(CitizenReceptionGeneratorProcess.KEY).timers()
                    .singleResult();
            if (job == null) {
                return false;
            }
            management.executeJob(job.getId());
            return true;
        });
    }

    /** Leaves no schedule that would generate days in other tests. */
    void deactivateAll() {
        jdbc.sql("UPDATE reception_schedule SET active = false").update();
    }
}
