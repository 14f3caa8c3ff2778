package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/**
 * Legal deadlines with a controlled clock: Camunda's ClockUtil is moved and the job executor fires
 * the timers that fall due, so nothing waits in real time. The clock is set in March 2026 (before
 * today), so the timers of other tests' cases do not fire.
 */
@DanvanIntegrationTest
class DeadlinesIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theClassificationPeriodSkipsTet() {
        clock(at("2026-02-13T09:00"));
        String caseId = submit("hiepthanh", "Đơn gửi trước Tết", null);

        Task classify = driver().awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        assertThat(classify.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 6)));
    }

    @Test
    void aLateStepIsRemindedThenEscalatedToTheDistrictThenToTheCommittee() throws Exception {
        clock(at("2026-03-02T09:00"));
        String caseId = submit("liennghia", "Hồ sơ để quá hạn", null);
        Task classify = driver().awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);
        Map<String, Object> deadline = deadlineOf(classify.getId());
        assertThat(instant(deadline, "due_at")).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 16)));

        clock(instant(deadline, "remind_at").plusSeconds(60));
        await().atMost(CaseDriver.PATIENCE).until(() -> actions(caseId).contains("reminded"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(classify.getId()).singleResult().getPriority()).isEqualTo(75);
        assertThat(engine.getTaskService().getTaskComments(classify.getId())).isNotEmpty();

        clock(instant(deadline, "due_at").plusSeconds(60));
        Task followUp = awaitFollowUp(caseId, PetitionCommuneProcess.TASK_FOLLOW_UP_LATE_CLASSIFY);
        assertThat(groupsOf(followUp)).containsExactly("huyen");
        assertThat(followUp.getName()).contains(caseId);
        assertThat(groupsOf(engine.getTaskService().createTaskQuery().taskId(classify.getId()).singleResult()))
                .containsExactly("liennghia");
        assertThat(lateState(caseId)).isEqualTo("LATE");

        clock(instant(deadline, "very_late_at").plusSeconds(60));
        assertThat(groupsOf(awaitFollowUp(caseId,
                PetitionCommuneProcess.TASK_FOLLOW_UP_VERY_LATE_CLASSIFY))).containsExactly("huyenuy");
        assertThat(lateState(caseId)).isEqualTo("VERY_LATE");
        assertThat(actions(caseId)).containsSubsequence("received", "reminded", "escalated", "escalated");

        // one process per case: the step's timers and follow-up tasks are in the case's own process
        String instance = (String) deadline.get("process_instance_id");
        assertThat(followUp.getProcessInstanceId()).isEqualTo(instance).isEqualTo(classify.getProcessInstanceId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).count())
                .isEqualTo(1);

        // done at last: the step's subprocess ends, and with it its timers and follow-up tasks
        driver().complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("FEEDBACK", "OTHER", false, false));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(PetitionCommuneProcess.END_CLASSIFY_DONE).finished().count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKeyLike("UserTaskFollowUp%").count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(PetitionCommuneProcess.TIMER_VERY_LATE_CLASSIFY).count()).isZero();
        assertThat(deadlineOf(classify.getId()).get("state")).isEqualTo("MET");
    }

    @Test
    void aHolidayAddedByTheAdministratorMovesTheOpenDueDatesAndTheirTimers() throws Exception {
        clock(at("2026-03-02T09:00"));
        String caseId = submit("ninhloan", "Hạn bị lùi do ngày nghỉ", null);
        Task classify = driver().awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);
        assertThat(classify.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 16)));

        String dayOff = "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ đột xuất (kiểm thử)\"}";
        assertThat(new Http(port).putJson("/api/calendar/days/2026-03-04", dayOff, "liennghia1", "demo").statusCode())
                .isEqualTo(403);
        try {
            var response = new Http(port).putJson("/api/calendar/days/2026-03-04", dayOff, "admin", "demo");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json.readTree(response.body()).path("rescheduledSteps").asInt()).isGreaterThanOrEqualTo(1);

            Instant movedDue = WorkingCalendar.endOf(LocalDate.of(2026, 3, 17));
            assertThat(engine.getTaskService().createTaskQuery().taskId(classify.getId()).singleResult().getDueDate()
                    .toInstant()).isEqualTo(movedDue);
            assertThat(instant(deadlineOf(classify.getId()), "due_at")).isEqualTo(movedDue);
            assertThat(actions(caseId)).contains("recomputed");
            // the boundary timers of the task move with it
            Map<String, Object> moved = deadlineOf(classify.getId());
            for (var timer : Map.of(PetitionCommuneProcess.TIMER_REMIND_CLASSIFY, "remind_at",
                    PetitionCommuneProcess.TIMER_ESCALATE_CLASSIFY, "due_at",
                    PetitionCommuneProcess.TIMER_VERY_LATE_CLASSIFY,
                    "very_late_at").entrySet()) {
                Date jobDue = engine.getManagementService().createJobQuery().processInstanceId(classify.getProcessInstanceId())
                        .activityId(timer.getKey()).singleResult().getDuedate();
                assertThat(jobDue.toInstant()).as(timer.getKey()).isEqualTo(instant(moved, timer.getValue()));
            }
        } finally {
            new Http(port).delete("/api/calendar/days/2026-03-04", "admin", "demo");
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(classify.getId()).singleResult().getDueDate()
                .toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 16)));
    }

    @Test
    void aComplexDenunciationMayBeExtendedOnceAndNoMore() {
        clock(at("2026-03-02T09:00"));
        String caseId = driveToDistrictResolution("tanthanh", "DENUNCIATION", "COMPLEX");
        Task resolve = driver().awaitTask(caseId, PetitionDistrictProcess.TASK_RESOLVE);
        assertThat(resolve.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 1)));

        driver().complete(caseId, PetitionDistrictProcess.TASK_RESOLVE, extension("QĐ 01/QĐ-UBND"));
        Task extended = await().atMost(CaseDriver.PATIENCE).until(() -> driver().awaitTask(caseId,
                PetitionDistrictProcess.TASK_RESOLVE),
                task -> !task.getId().equals(resolve.getId()));
        assertThat(extended.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 5, 4)));
        assertThat(actions(caseId)).contains("extended");

        assertThatThrownBy(() -> driver().complete(caseId, PetitionDistrictProcess.TASK_RESOLVE,
                extension("QĐ 02/QĐ-UBND")))
                .hasMessageContaining("Đã dùng hết 1 lần gia hạn");
    }

    @Test
    void anEspeciallyComplexDenunciationMayBeExtendedTwiceAndAComplaintNever() {
        clock(at("2026-03-02T09:00"));
        String denunciation = driveToDistrictResolution("phuhoi", "DENUNCIATION", "VERY_COMPLEX");
        driver().complete(denunciation, PetitionDistrictProcess.TASK_RESOLVE, extension("QĐ 11"));
        awaitExtensions(denunciation, 1);
        driver().complete(denunciation, PetitionDistrictProcess.TASK_RESOLVE, extension("QĐ 12"));
        awaitExtensions(denunciation, 2);
        assertThatThrownBy(() -> driver().complete(denunciation, PetitionDistrictProcess.TASK_RESOLVE,
                extension("QĐ 13")))
                .hasMessageContaining("Đã dùng hết 2 lần gia hạn");

        String complaint = driveToDistrictResolution("daloan", "COMPLAINT", "NORMAL");
        assertThatThrownBy(() -> driver().complete(complaint, PetitionDistrictProcess.TASK_RESOLVE, extension("QĐ 21")))
                .hasMessageContaining("không được gia hạn");
    }

    private String driveToDistrictResolution(String unit, String type, String complexity) {
        String caseId = submit(unit, "Đơn " + type + " " + complexity, null);
        driver().complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                Map.of(CaseVariables.CASE_TYPE, type, CaseVariables.SUBJECT_AREA, "OFFICIAL_CONDUCT",
                CaseVariables.COMPLEXITY, complexity, CaseVariables.REMOTE_AREA, false,
                CaseVariables.CONCERNS_PARTY_MEMBER, false, CaseVariables.DISTRICT_DECISION, true));
        driver().complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Thẩm quyền huyện"));
        driver().complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT"));
        return caseId;
    }

    private static Map<String, Object> extension(String decision) {
        return Map.of(PetitionDistrictProcess.RESOLUTION, "EXTEND", PetitionDistrictProcess.EXTENSION_REASON,
                "Cần xác minh thêm tại thôn", PetitionDistrictProcess.EXTENSION_DECISION, decision);
    }

    private void awaitExtensions(String caseId, int count) {
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT count(*) FROM deadline_extension WHERE subject_id = ?").param(caseId).query(Integer.class).single() == count
                && driver().instance(caseId, PetitionDistrictProcess.KEY) != null
                && engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                        .taskDefinitionKey(PetitionDistrictProcess.TASK_RESOLVE).count() == 1);
    }

    private Task awaitFollowUp(String caseId, String key) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey(key).singleResult(), task -> task != null);
    }

    private List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    private List<String> actions(String caseId) {
        return jdbc.sql("SELECT action FROM case_timeline WHERE case_id = ? ORDER BY sequence").param(caseId)
                .query(String.class).list();
    }

    private String lateState(String caseId) {
        return jdbc.sql("SELECT late_state FROM petition_case WHERE case_id = ?").param(caseId).query(String.class).single();
    }

    private Map<String, Object> deadlineOf(String taskId) {
        return jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(taskId).query().singleRow();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        return ((java.sql.Timestamp) row.get(column)).toInstant();
    }

    private String submit(String unit, String subject, String type) {
        var response = new Http(port).postJson("/api/petitions",
                type == null ? Petitions.json(unit, subject) : Petitions.json(unit, subject, type), "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            return json.readTree(response.body()).path("caseId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaseDriver driver() {
        return new CaseDriver(engine);
    }

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

}
