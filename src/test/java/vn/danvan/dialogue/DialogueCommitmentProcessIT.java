package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.danvan.dialogue.ConferenceDriver.at;
import static vn.danvan.dialogue.ConferenceDriver.clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * Every path of {@code dialogue-commitment}, for Liên Hiệp's conferences: fulfilled, overdue (the
 * engine's clock in March 2026 moves past the reminder, the due date and the very-late date), and
 * not fulfilled then rolled over to the unit's next conference.
 */
@DanvanIntegrationTest
class DialogueCommitmentProcessIT {

    static final String OFFICER = "lienhiep1";
    static final String FRONT = "lienhiepmttq1";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    ConferenceDriver driver;

    @BeforeEach
    void officer() {
        driver = new ConferenceDriver(engine, jdbc);
        driver.officer(OFFICER, "lienhiep");
        driver.frontOf("lienhiep");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFulfilledCommitmentEndsItsWatchAndClosesTheConference() {
        String commitmentId = concludeWithCommitment("Chợ xã", LocalDate.of(2026, 4, 30)) + "-C01";

        driver.complete(FRONT, commitmentId, DialogueCommitmentProcess.TASK_CONFIRM,
                Map.of(DialogueCommitmentProcess.RESULT, "FULFILLED", DialogueCommitmentProcess.OUTCOME_NOTE,
                "Đã sửa mái chợ"));

        assertThat(driver.commitment(commitmentId).get("state")).isEqualTo("FULFILLED");
        String conferenceId = (String) driver.commitment(commitmentId).get("conference_id");
        assertThat(driver.status(conferenceId)).isEqualTo("CLOSED");
        // the conclusion notice's document-issued entry comes from the documents consumer, at its own pace
        assertThat(driver.actions(conferenceId).stream().filter(action -> !action.equals("document-issued")).toList())
                .endsWith("commitment-made", "commitment-fulfilled", "closed");
        assertThat(driver.ended(commitmentId, DialogueCommitmentProcess.KEY,
                DialogueCommitmentProcess.END_FULFILLED)).isTrue();
        assertThat(jdbc.sql("SELECT state FROM deadline WHERE subject_id = ?").param(commitmentId).query(String.class)
                .single()).isEqualTo("MET");
    }

    @Test
    void anOverdueCommitmentIsRemindedThenFollowedUpByTheOwnersParentThenTheCommittee() {
        String conferenceId = concludeWithCommitment("Đường liên thôn", LocalDate.of(2026, 3, 20));
        String commitmentId = conferenceId + "-C01";
        Task confirm = driver.task(commitmentId, DialogueCommitmentProcess.TASK_CONFIRM);
        Map<String, Object> deadline = jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(confirm.getId()).query()
                .singleRow();
        assertThat(deadline.get("kind")).isEqualTo(CommitmentDeadlines.KIND);
        assertThat(deadline.get("unit_code")).isEqualTo("lienhiep");

        clock(instant(deadline, "remind_at").plusSeconds(60));
        driver.awaitAction(conferenceId, "commitment-reminded");
        assertThat(engine.getTaskService().createTaskQuery().taskId(confirm.getId()).singleResult().getPriority()).isEqualTo(75);

        clock(instant(deadline, "due_at").plusSeconds(60));
        driver.awaitAction(conferenceId, "commitment-overdue");
        assertThat(driver.commitment(commitmentId).get("late_state")).isEqualTo("LATE");
        assertThat(followUpGroups(commitmentId,
                DialogueCommitmentProcess.TASK_FOLLOW_UP_LATE)).containsExactly("huyen");

        clock(instant(deadline, "very_late_at").plusSeconds(60));
        assertThat(followUpGroups(commitmentId,
                DialogueCommitmentProcess.TASK_FOLLOW_UP_VERY_LATE)).containsExactly("huyenuy");
        assertThat(driver.commitment(commitmentId).get("late_state")).isEqualTo("VERY_LATE");

        driver.complete(FRONT, commitmentId, DialogueCommitmentProcess.TASK_CONFIRM,
                Map.of(DialogueCommitmentProcess.RESULT, "FULFILLED", DialogueCommitmentProcess.OUTCOME_NOTE,
                "Hoàn thành muộn"));
        // the step is done: its follow-up tasks are withdrawn with it, and nothing of the commitment waits
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(commitmentId).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery()
                .processInstanceId((String) deadline.get("process_instance_id")).count()).isZero();
    }

    @Test
    void anUnfulfilledCommitmentIsRolledOverToTheUnitsNextConference() throws Exception {
        String first = concludeWithCommitment("Điện chiếu sáng", LocalDate.of(2026, 4, 15));
        String commitmentId = first + "-C01";
        driver.complete(FRONT, commitmentId, DialogueCommitmentProcess.TASK_CONFIRM,
                Map.of(DialogueCommitmentProcess.RESULT, "UNFULFILLED", DialogueCommitmentProcess.OUTCOME_NOTE,
                "Chưa bố trí được kinh phí"));
        assertThat(driver.commitment(commitmentId).get("state")).isEqualTo("UNFULFILLED");
        assertThat(driver.ended(commitmentId, DialogueCommitmentProcess.KEY,
                DialogueCommitmentProcess.END_CARRIED_OVER)).isTrue();
        assertThat(driver.status(first)).isEqualTo("CLOSED");

        clock(at("2026-03-20T09:00"));
        String next = driver.start(OFFICER, ConferenceDriver.plan("Điện chiếu sáng (kỳ sau)", LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 4, 25)));
        Task approval = driver.task(next, DialogueConferenceProcess.TASK_APPROVE_PLAN);
        assertThat(engine.getTaskService().getVariable(approval.getId(),
                DialogueConferenceProcess.CARRIED_COMMITMENTS).toString())
                .contains(commitmentId);
        driver.complete(driver.approverOf("lienhiep"), next, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));

        Map<String, Object> rolled = driver.commitment(commitmentId);
        assertThat(rolled.get("state")).isEqualTo("ROLLED_OVER");
        assertThat(rolled.get("rolled_over_to")).isEqualTo(next);
        assertThat(driver.actions(first)).contains("commitment-rolled-over");
        assertThat(driver.actions(next)).containsSubsequence("commitment-carried", "planned");
        var view = new Http(port).get("/api/dialogues/" + next, OFFICER, "demo");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(json.readTree(view.body()).path("carriedOver").get(0).path("commitmentId").asText()).isEqualTo(commitmentId);
    }

    /** A conference of Liên Hiệp held on 10/03/2026 whose conclusion has one commitment of the commune. */
    private String concludeWithCommitment(String themes, LocalDate due) {
        clock(at("2026-03-02T09:00"));
        String id = driver.start(OFFICER, ConferenceDriver.plan(themes, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 5)));
        driver.approveAndCloseCollection(OFFICER, "lienhiep", id);
        clock(at("2026-03-10T10:00"));
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                ConferenceDriver.held("NONE", null));
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_ISSUE_CONCLUSION,
                ConferenceDriver.conclusion("lienhiep", themes + ": sửa chữa", due));
        return id;
    }

    private java.util.List<String> followUpGroups(String commitmentId, String taskKey) {
        Task task = await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(commitmentId).taskDefinitionKey(taskKey).singleResult(), found -> found != null);
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        return ((java.sql.Timestamp) row.get(column)).toInstant();
    }
}
