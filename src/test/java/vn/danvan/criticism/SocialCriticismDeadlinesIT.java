package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.danvan.criticism.SocialCriticismProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
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
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * The two figures social criticism adds to the rule table, with a controlled clock (March 2026,
 * before today, so other tests' timers do not fire): an organisation's opinion (10 working days)
 * reminded, then urged by the Front, then followed up by the Party committee; the authority's
 * response (30 days) reminded, escalated to the Front's Party committee, very late to the committee
 * above, and at last recorded as missing.
 */
@DanvanIntegrationTest
class SocialCriticismDeadlinesIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    CriticismDriver driver;

    @BeforeEach
    void setUp() {
        driver = new CriticismDriver(engine, jdbc, new Http(port), json);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLateOpinionIsRemindedThenUrgedByTheFrontThenFollowedUpByItsPartyCommittee() {
        clock(at("2026-03-02T09:00"));
        String id = driver.register("hiepanmttq", "hiepanmttq1", "Phương án thu gom rác thải sinh hoạt",
                "Ủy ban nhân dân xã Hiệp An", LocalDate.of(2026, 3, 2));
        driver.chooseAndPrepare(id, "WRITTEN");
        List<Task> asked = driver.opinionTasks(id, 4);
        Task late = asked.stream().filter(task -> driver.groupsOf(task).contains("hiepanhnd")).findFirst().orElseThrow();
        Map<String, Object> deadline = driver.deadlineOf(late.getId());
        assertThat(deadline.get("stage")).isEqualTo("CRITICISM_OPINIONS");
        // 10 working days from Monday 2 March 2026
        assertThat(instant(deadline, "due_at")).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 16)));
        assertThat(late.getDueDate().toInstant()).isEqualTo(instant(deadline, "due_at"));
        String opinionId = (String) deadline.get("subject_id");
        for (Task task : asked) {
            if (!task.getId().equals(late.getId())) {
                engine.getTaskService().complete(task.getId(), Map.of(SocialCriticismOpinionProcess.OPINION, "Đồng ý"));
            }
        }

        clock(instant(deadline, "remind_at").plusSeconds(60));
        await().atMost(CaseDriver.PATIENCE).until(() -> historyOf(id, opinionId).contains("reminded"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(late.getId()).singleResult().getPriority()).isEqualTo(75);

        clock(instant(deadline, "due_at").plusSeconds(60));
        Task urge = driver.task(opinionId, SocialCriticismOpinionProcess.TASK_FOLLOW_UP_LATE);
        assertThat(driver.groupsOf(urge)).containsExactly("hiepanmttq");
        assertThat(urge.getName()).contains(opinionId);
        assertThat(lateStateOf(opinionId)).isEqualTo("LATE");

        clock(instant(deadline, "very_late_at").plusSeconds(60));
        assertThat(driver.groupsOf(driver.task(opinionId, SocialCriticismOpinionProcess.TASK_FOLLOW_UP_VERY_LATE)))
                .containsExactly("hiepandanguy");
        assertThat(lateStateOf(opinionId)).isEqualTo("VERY_LATE");
        assertThat(historyOf(id, opinionId)).containsSubsequence("opinion-requested", "reminded", "overdue", "overdue");

        // the late opinion still counts; its step's follow-ups end with it and the criticism moves on
        engine.getTaskService().complete(late.getId(),
                Map.of(SocialCriticismOpinionProcess.OPINION, "Đề nghị bổ sung lịch thu gom"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(opinionId).count()).isZero();
        assertThat(driver.deadlineOf(late.getId()).get("state")).isEqualTo("MET");
        driver.task(id, TASK_EXPERT_OPINIONS);
        assertThat(jdbc.sql("SELECT state FROM criticism_opinion WHERE opinion_id = ?").param(opinionId)
                .query(String.class).single()).isEqualTo("GIVEN");
    }

    @Test
    void aMissingResponseIsRemindedEscalatedThenVeryLateAndRecordedAsAbsent() {
        clock(at("2026-03-02T09:00"));
        String id = driver.register("hiepanmttq", "hiepanmttq1", "Kế hoạch sử dụng đất năm 2027",
                "Ủy ban nhân dân xã Hiệp An", LocalDate.of(2026, 3, 2));
        driver.driveToResponse(id, "CONFERENCE", 4);
        Task response = driver.task(id, TASK_RECORD_RESPONSE);
        Map<String, Object> deadline = driver.deadlineOf(response.getId());
        // 30 days from Monday 2 March 2026
        assertThat(instant(deadline, "due_at")).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 1)));
        assertThat(response.getDueDate().toInstant()).isEqualTo(instant(deadline, "due_at"));
        assertThat(((java.sql.Timestamp) driver.row(id).get("response_due_at")).toInstant()).isEqualTo(instant(deadline, "due_at"));

        clock(instant(deadline, "remind_at").plusSeconds(60));
        await().atMost(CaseDriver.PATIENCE).until(() -> driver.actions(id).contains("reminded"));
        assertThat(engine.getTaskService().getTaskComments(response.getId())).isNotEmpty();
        assertThatThrownBy(() -> engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "NONE")))
                .hasMessageContaining("Chưa hết hạn trả lời");

        clock(instant(deadline, "due_at").plusSeconds(60));
        Task escalated = driver.task(id, TASK_FOLLOW_UP_LATE_RESPONSE);
        assertThat(driver.groupsOf(escalated)).containsExactly("hiepandanguy");
        assertThat(driver.groupsOf(engine.getTaskService().createTaskQuery().taskId(response.getId()).singleResult()))
                .containsExactly("hiepanmttq");
        assertThat(driver.row(id).get("late_state")).isEqualTo("LATE");

        clock(instant(deadline, "very_late_at").plusSeconds(60));
        assertThat(driver.groupsOf(driver.task(id, TASK_FOLLOW_UP_VERY_LATE_RESPONSE))).containsExactly("huyenuy");
        await().atMost(CaseDriver.PATIENCE).until(() -> "VERY_LATE".equals(driver.row(id).get("late_state")));

        engine.getTaskService().complete(response.getId(), Map.of(RESPONSE, "NONE",
                RESPONSE_TEXT, "Đã đôn đốc hai lần, cơ quan soạn thảo không trả lời"));
        Map<String, Object> closed = driver.row(id);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("response")).isEqualTo("NONE");
        assertThat(closed.get("responded_at")).isNull();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(driver.actions(id)).containsSubsequence("issued", "reminded", "overdue", "overdue", "responded", "closed");
    }

    private List<String> historyOf(String criticismId, String opinionId) {
        return jdbc.sql("SELECT action FROM criticism_history WHERE criticism_id = ? AND opinion_id = ? ORDER BY id")
                .params(criticismId, opinionId).query(String.class).list();
    }

    private String lateStateOf(String opinionId) {
        return jdbc.sql("SELECT late_state FROM criticism_opinion WHERE opinion_id = ?").param(opinionId)
                .query(String.class).single();
    }

    private static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(StepSupport.VIETNAM).toInstant();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}
