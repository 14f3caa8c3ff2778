package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;

/**
 * Every figure of the second instance in the rule table, on the working-day calendar: acceptance
 * within 10 working days; resolution 45 days from acceptance, complex 60, remote areas 60 and complex
 * 70; the request's window 30 days, 45 in remote areas; and the late step's reminder and escalations.
 * The clock starts on Monday 1 June 2026, whose periods end on working days before the September
 * holidays (and before today, so other tests' timers stay put).
 */
@DanvanIntegrationTest
class SecondInstanceDeadlinesIT {

    private static final Instant JUNE_1 = at("2026-06-01T09:00");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    SecondInstanceCases cases;

    @BeforeEach
    void setUp() {
        cases = new SecondInstanceCases(engine, jdbc, port);
        clock(JUNE_1);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptanceTakesTenWorkingDaysTheResolutionFortyFiveDaysAndTheWindowThirtyDays() {
        String first = cases.decidedByCommune("liennghia", "Khiếu nại hạn mức đất ở", "COMPLAINT", false);
        HttpResponse<String> asked = cases.request(first, "Không đồng ý", "liennghia1");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonNode answer = cases.read(asked);
        assertThat(Instant.parse(answer.path("windowEndsAt").asText())).isEqualTo(end(2026, 7, 1));
        String second = answer.path("secondCaseId").asText();

        Task accept = cases.driver().awaitTask(second, SecondInstanceProcess.TASK_ACCEPT);
        assertThat(accept.getDueDate().toInstant()).isEqualTo(end(2026, 6, 15));
        assertThat(deadline(accept).get("stage")).isEqualTo("SECOND_INSTANCE_ACCEPT");

        cases.driver().complete(second, SecondInstanceProcess.TASK_ACCEPT,
                Map.of(SecondInstanceProcess.ACCEPTANCE, "ACCEPT", SecondInstanceProcess.COMPLEX, false));
        Task dialogue = cases.driver().awaitTask(second, SecondInstanceProcess.TASK_DIALOGUE);
        assertThat(dialogue.getDueDate().toInstant()).isEqualTo(end(2026, 7, 16));
        assertThat((String) deadline(dialogue).get("rule_key")).contains("45");
        cases.driver().complete(second, SecondInstanceProcess.TASK_DIALOGUE,
                Map.of(SecondInstanceProcess.DIALOGUE_DATE, "2026-06-01",
                SecondInstanceProcess.DIALOGUE_PARTICIPANTS, "Các bên", SecondInstanceProcess.DIALOGUE_CONTENT,
                "Nội dung", SecondInstanceProcess.DIALOGUE_AGREEMENT, "Chưa thống nhất"));
        // the decision shares the resolution period counted from the acceptance
        assertThat(cases.driver().awaitTask(second, SecondInstanceProcess.TASK_RESOLVE).getDueDate().toInstant())
                .isEqualTo(end(2026, 7, 16));
    }

    @Test
    void aComplexSecondInstanceTakesSixtyDays() {
        String second = accepted("binhthanh", false, true);
        assertThat(cases.driver().awaitTask(second, SecondInstanceProcess.TASK_DIALOGUE).getDueDate().toInstant())
                .isEqualTo(end(2026, 7, 31));
    }

    @Test
    void inARemoteAreaSixtyDaysAndSeventyWhenComplex() {
        String remote = accepted("daquyn", true, false);
        assertThat(cases.driver().awaitTask(remote, SecondInstanceProcess.TASK_DIALOGUE).getDueDate().toInstant())
                .isEqualTo(end(2026, 7, 31));
        String remoteComplex = accepted("tahine", true, true);
        assertThat(cases.driver().awaitTask(remoteComplex, SecondInstanceProcess.TASK_DIALOGUE).getDueDate().toInstant())
                .isEqualTo(end(2026, 8, 10));
    }

    @Test
    void theWindowClosesAfterThirtyDaysAndAfterFortyFiveInRemoteAreas() {
        String normal = cases.decidedByCommune("ninhloan", "Khiếu nại bồi thường", "COMPLAINT", false);
        String remote = cases.decidedByCommune("daquyn", "Khiếu nại bồi thường vùng xa", "COMPLAINT", true);

        clock(at("2026-07-02T09:00"));
        HttpResponse<String> late = cases.request(normal, "Không đồng ý", "huyen1");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
        assertThat(late.body()).contains("WINDOW_PASSED");
        HttpResponse<String> remoteAsked = cases.request(remote, "Không đồng ý", "huyen1");
        assertThat(remoteAsked.statusCode()).as(remoteAsked.body()).isEqualTo(201);
        assertThat(Instant.parse(cases.read(remoteAsked).path("windowEndsAt").asText())).isEqualTo(end(2026, 7, 16));
    }

    @Test
    void aLateAcceptanceIsRemindedThenFollowedUpByTheUnitAboveTwice() {
        String first = cases.decidedByCommune("phuhoi", "Khiếu nại để quá hạn thụ lý", "COMPLAINT", false);
        String second = cases.requested(first, "huyen1");
        Task accept = cases.driver().awaitTask(second, SecondInstanceProcess.TASK_ACCEPT);
        Map<String, Object> deadline = deadline(accept);

        clock(((java.sql.Timestamp) deadline.get("remind_at")).toInstant().plusSeconds(60));
        await().atMost(CaseDriver.PATIENCE).until(() -> cases.actions(second).contains("reminded"));
        clock(end(2026, 6, 15).plusSeconds(60));
        Task followUp = awaitTask(second, SecondInstanceProcess.TASK_FOLLOW_UP_LATE_ACCEPT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()).stream()
                .map(l -> l.getGroupId()).toList()).contains("huyenuy");
        assertThat(jdbc.sql("SELECT late_state FROM petition_case WHERE case_id = ?").param(second).query(String.class)
                .single()).isEqualTo("LATE");
        clock(((java.sql.Timestamp) deadline.get("very_late_at")).toInstant().plusSeconds(60));
        awaitTask(second, SecondInstanceProcess.TASK_FOLLOW_UP_VERY_LATE_ACCEPT);
        await().atMost(CaseDriver.PATIENCE).until(() -> "VERY_LATE".equals(jdbc.sql(
                "SELECT late_state FROM petition_case WHERE case_id = ?").param(second).query(String.class).single()));

        // taken at last: the step's deadline is met and its follow-ups withdrawn
        cases.driver().complete(second, SecondInstanceProcess.TASK_ACCEPT,
                Map.of(SecondInstanceProcess.ACCEPTANCE, "ACCEPT", SecondInstanceProcess.COMPLEX, false));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(second)
                .taskDefinitionKeyLike("UserTaskFollowUp%").count()).isZero();
        assertThat(jdbc.sql("SELECT state FROM deadline WHERE task_id = ?").param(accept.getId()).query(String.class)
                .single()).isEqualTo("MET");
    }

    /** A decided complaint's second instance, accepted on 1 June. */
    private String accepted(String unit, boolean remote, boolean complex) {
        String first = cases.decidedByCommune(unit, "Khiếu nại " + unit, "COMPLAINT", remote);
        String second = cases.requested(first, "huyen1");
        cases.driver().complete(second, SecondInstanceProcess.TASK_ACCEPT,
                Map.of(SecondInstanceProcess.ACCEPTANCE, "ACCEPT", SecondInstanceProcess.COMPLEX, complex));
        return second;
    }

    private Task awaitTask(String caseId, String key) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey(key).singleResult(), task -> task != null);
    }

    private Map<String, Object> deadline(Task task) {
        return jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(task.getId()).query().singleRow();
    }

    private static Instant end(int year, int month, int day) {
        return WorkingCalendar.endOf(LocalDate.of(year, month, day));
    }

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
