package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.dialogue.ConferenceDriver.at;
import static vn.danvan.dialogue.ConferenceDriver.clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * Every path of {@code dialogue-conference}, for Tân Hội's conferences, with the engine's clock in
 * March 2026 (before today, so other tests' timers do not fire).
 */
@DanvanIntegrationTest
class DialogueConferenceProcessIT {

    static final String OFFICER = "tanhoi1";
    static final String APPROVER = "tanhoidanguy1";

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
        driver.officer(OFFICER, "tanhoi");
        driver.approverOf("tanhoi");
        clock(at("2026-03-02T09:00"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlanGoesToTheCommunesPartyCommitteeAndARejectedPlanEndsThere() {
        String id = driver.start(OFFICER, ConferenceDriver.plan("Đất đai", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 10)));

        assertThat(id).matches("DIALOGUE-TANHOI-2026-\\d{2}");
        Task approval = driver.task(id, DialogueConferenceProcess.TASK_APPROVE_PLAN);
        assertThat(approval.getName()).isEqualTo("Phê duyệt kế hoạch hội nghị đối thoại · " + id + ": Đất đai");
        assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
                .filteredOn(link -> link.getGroupId() != null).extracting(link -> link.getGroupId())
                .containsExactly("tanhoidanguy");
        // the commune cannot approve its own plan
        assertThatThrownBy(() -> driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        driver.complete(APPROVER, id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "REJECT", DialogueConferenceProcess.APPROVAL_NOTE,
                "Chưa đủ chủ đề"));

        assertThat(driver.status(id)).isEqualTo("REJECTED");
        assertThat(driver.ended(id, DialogueConferenceProcess.KEY,
                DialogueConferenceProcess.END_PLAN_REJECTED)).isTrue();
        assertThat(driver.actions(id)).containsExactly("drafted", "rejected");
    }

    @Test
    void aPlanThatEndsTheCollectionAfterTheConferenceIsRefused() {
        assertThatThrownBy(() -> driver.start(OFFICER,
                ConferenceDriver.plan("Giao thông", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25))))
                .hasMessageContaining("Hạn tiếp nhận câu hỏi phải từ hôm nay và trước ngày hội nghị");
    }

    @Test
    void withNoQuestionsTheWindowClosesAtItsDeadlineAndAConclusionWithoutCommitmentsClosesTheConference() {
        String id = driver.start(OFFICER, ConferenceDriver.plan("Môi trường", LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 4)));
        driver.complete(APPROVER, id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));
        assertThat(driver.status(id)).isEqualTo("COLLECTING");
        assertThat(driver.task(id, DialogueConferenceProcess.TASK_CLOSE_COLLECTION).getDueDate().toInstant())
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 3, 12)));

        clock(at("2026-03-05T08:00"));
        driver.awaitAction(id, "collection-closed");

        driver.task(id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE);
        assertThat(driver.tasks(id, DialogueConferenceProcess.TASK_ASSIGN_QUESTION)).isEmpty();
        clock(at("2026-03-12T10:00"));
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                ConferenceDriver.held("NONE", null));
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_ISSUE_CONCLUSION,
                ConferenceDriver.conclusion(null, null, null));

        assertThat(driver.status(id)).isEqualTo("CLOSED");
        assertThat(driver.ended(id, DialogueConferenceProcess.KEY, DialogueConferenceProcess.END_CONCLUDED)).isTrue();
        // unfinished commitments of Tân Hội's earlier conferences may be carried onto this one's agenda
        assertThat(driver.actions(id)).containsSubsequence("drafted", "planned", "announced", "collection-closed", "held",
                "concluded", "closed").doesNotContain("question-received", "question-assigned", "commitment-made");
        assertThat(jdbc.sql("SELECT note FROM dialogue_history WHERE conference_id = ? AND action = 'collection-closed'")
                .param(id).query(String.class).single()).startsWith("Hết hạn tiếp nhận câu hỏi: 0");
    }

    @Test
    void eachQuestionIsAssignedBeforeTheConferenceAndItsCommitmentsAreTracked() throws Exception {
        String id = driver.start(OFFICER, ConferenceDriver.plan("Nước sinh hoạt", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 9)));
        driver.complete(APPROVER, id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));
        Http http = new Http(port);
        for (String content : List.of("Khi nào có nước sạch?", "Giá nước bao nhiêu?")) {
            var response = http.postJson("/api/dialogues/" + id + "/questions",
                    json.writeValueAsString(Map.of("askedBy", "Trần Thị Hoa", "locality", "Thôn 3", "content", content)),
                    OFFICER, "demo");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_CLOSE_COLLECTION, Map.of());

        List<Task> assignments = driver.tasks(id, DialogueConferenceProcess.TASK_ASSIGN_QUESTION);
        assertThat(assignments).hasSize(2);
        assertThat(assignments).extracting(Task::getName).anyMatch(name -> name.contains(id + "-Q01"));
        assertThat(engine.getTaskService().getVariableLocal(assignments.get(0).getId(),
                DialogueConferenceProcess.QUESTION_TEXT).toString())
                .contains("Trần Thị Hoa");
        assertThatThrownBy(() -> driver.completeTask(OFFICER, assignments.get(0).getId(),
                Map.of(DialogueConferenceProcess.ANSWERING_AGENCY, "UBND xã", DialogueConferenceProcess.ANSWER_DUE,
                "2026-03-20")))
                .hasMessageContaining("Hạn chuẩn bị trả lời phải trước ngày hội nghị 16/03/2026");
        for (Task assignment : assignments) {
            driver.completeTask(OFFICER, assignment.getId(),
                    Map.of(DialogueConferenceProcess.ANSWERING_AGENCY, "UBND xã", DialogueConferenceProcess.ANSWER_DUE,
                    "2026-03-13"));
        }

        clock(at("2026-03-16T10:00"));
        assertThatThrownBy(() -> driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                ConferenceDriver.held("SOME", "1, 12")))
                .as("a mistyped question number is refused, not dropped")
                .hasMessageContaining("Không có câu hỏi số 12; hội nghị có các câu 1, 2");
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                ConferenceDriver.held("SOME", "1"));
        assertThat(jdbc.sql("SELECT state FROM dialogue_question WHERE conference_id = ? ORDER BY number").param(id)
                .query(String.class).list()).containsExactly("ANSWERED", "ANSWER_PENDING");
        assertThatThrownBy(() -> driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_ISSUE_CONCLUSION,
                ConferenceDriver.conclusion("tanhoii", "Lắp đường ống nước thôn 3", LocalDate.of(2026, 6, 30))))
                .hasMessageContaining("Cam kết 1: không có đơn vị mã 'tanhoii'");
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_ISSUE_CONCLUSION,
                ConferenceDriver.conclusion("tanhoi", "Lắp đường ống nước thôn 3", LocalDate.of(2026, 6, 30)));

        assertThat(driver.status(id)).isEqualTo("CONCLUDED");
        Map<String, Object> commitment = driver.commitment(id + "-C01");
        assertThat(commitment.get("state")).isEqualTo("OPEN");
        Task confirm = driver.task(id + "-C01", DialogueCommitmentProcess.TASK_CONFIRM);
        // the commune's own Front committee confirms what the commune committed to
        assertThat(engine.getTaskService().getIdentityLinksForTask(confirm.getId()))
                .filteredOn(link -> link.getGroupId() != null).extracting(link -> link.getGroupId())
                .containsExactly("tanhoimttq");
        assertThat(confirm.getDueDate().toInstant()).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 6, 30)));
        assertThat(driver.actions(id)).containsSubsequence("question-received", "question-received", "collection-closed",
                "question-assigned", "question-assigned", "held", "commitment-drafted", "concluded", "commitment-made");
    }
}
