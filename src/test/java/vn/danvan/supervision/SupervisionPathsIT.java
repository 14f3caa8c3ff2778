package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
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
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * Every path of a recommendation: answered in time, answered late (controlled clock: reminder,
 * overdue, the committee's task, the unit's follow-up), rejected and judged unsatisfactory up to a
 * re-supervision; and a programme the committee does not agree to.
 */
@DanvanIntegrationTest
class SupervisionPathsIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    SupervisionDriver driver;

    @BeforeEach
    void setUp() {
        driver = new SupervisionDriver(engine, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPaperAnswerRecordedInTimeAndJudgedSatisfactoryClosesTheCampaign() {
        String id = driver.enter("hoinongdanhuyen", 2026, "Hỗ trợ vốn sản xuất", "UBND xã Tà Hine", null);
        driver.driveToFinalReport(id, List.of("Giải ngân đúng hạn"));
        String rid = id + "-K1";

        assertThatThrownBy(() -> driver.complete(rid, SupervisionRecommendationProcess.TASK_RECORD_ANSWER,
                Map.of(SupervisionRecommendationProcess.RESPONSE, "REJECTED")))
                .hasMessageContaining("Cần ghi lý do");
        driver.complete(rid, SupervisionRecommendationProcess.TASK_RECORD_ANSWER,
                Map.of(SupervisionRecommendationProcess.RESPONSE, "ACCEPTED",
                SupervisionRecommendationProcess.RESPONSE_TEXT, "Công văn 15/UBND"));
        assertThat(driver.groupsOf(driver.task(rid,
                SupervisionRecommendationProcess.TASK_JUDGE))).containsExactly("hoinongdanhuyen");
        driver.complete(rid, SupervisionRecommendationProcess.TASK_JUDGE,
                Map.of(SupervisionRecommendationProcess.JUDGEMENT, "SATISFACTORY"));

        assertThat(driver.state(rid)).isEqualTo("RESOLVED");
        assertThat(driver.status(id)).isEqualTo("CLOSED");
        assertThat(driver.actions(id)).containsSubsequence("planned", "agreed", "started", "notice-sent", "self-reported",
                "field-work-done", "draft-discussed", "reported", "recommendation-made", "answered", "judged", "closed");
    }

    @Test
    void aLateAnswerIsRemindedThenOverdueAndEscalatedToTheCommitteeWhoUrgesTheBody() {
        clock(at("2026-01-05T09:00"));
        String id = driver.enter("mttqhuyen", 2026, "Quản lý đất công", "UBND xã Đa Quyn", null);
        driver.driveToFinalReport(id, List.of("Thu hồi đất công bị lấn chiếm"));
        String rid = id + "-K1";
        var answerTask = driver.task(rid, SupervisionRecommendationProcess.TASK_RECORD_ANSWER);
        Map<String, Object> deadline = jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(answerTask.getId())
                .query().singleRow();
        assertThat(deadline.get("stage")).isEqualTo("RECOMMENDATION_ANSWER");
        assertThat(answerTask.getDueDate().toInstant()).isEqualTo(instant(deadline, "due_at"));

        clock(instant(deadline, "remind_at").plusSeconds(60));
        await().atMost(CaseDriver.PATIENCE).until(() -> driver.actions(id).contains("reminded"));

        clock(instant(deadline, "due_at").plusSeconds(60));
        var committeeTask = driver.task(rid, SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE);
        assertThat(driver.groupsOf(committeeTask)).containsExactly("huyenuy");
        assertThat(engine.getTaskService().getVariable(committeeTask.getId(),
                SupervisionRecommendationProcess.ESCALATION_REASON).toString())
                .contains("chưa trả lời");
        var followUp = driver.task(rid, SupervisionRecommendationProcess.TASK_FOLLOW_UP_LATE_ANSWER);
        assertThat(driver.groupsOf(followUp)).containsExactly("mttqhuyen");
        assertThat(jdbc.sql("SELECT late_state FROM supervision_recommendation WHERE recommendation_id = ?").param(rid)
                .query(String.class).single()).isEqualTo("LATE");
        assertThat(driver.actions(id)).containsSubsequence("recommendation-made", "reminded", "overdue");

        driver.complete(rid, SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE,
                Map.of(SupervisionRecommendationProcess.COMMITTEE_DECISION, "URGE",
                SupervisionRecommendationProcess.COMMITTEE_NOTE, "Đôn đốc xã"));
        // the answer is still awaited, and a late answer is taken
        var answered = new Http(port).postJson("/api/supervisions/" + id + "/recommendations/" + rid + "/answer",
                "{\"response\": \"ACCEPTED\", \"text\": \"Đã thu hồi\"}", "admin", "demo");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        driver.complete(rid, SupervisionRecommendationProcess.TASK_JUDGE,
                Map.of(SupervisionRecommendationProcess.JUDGEMENT, "SATISFACTORY"));
        assertThat(driver.status(id)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT state FROM deadline WHERE task_id = ?").param(answerTask.getId())
                .query(String.class).single()).isEqualTo("MET");
    }

    @Test
    void anAnswerThatArrivesWhileTheCommitteeConsidersItsLatenessSettlesItAndWithdrawsTheCommitteeTask() {
        clock(at("2026-01-12T09:00"));
        String id = driver.enter("liendoanldhuyen", 2026, "An toàn lao động", "Công ty cổ phần chè Tâm Châu", null);
        driver.driveToFinalReport(id, List.of("Trang bị bảo hộ lao động"));
        String rid = id + "-K1";
        var answerTask = driver.task(rid, SupervisionRecommendationProcess.TASK_RECORD_ANSWER);
        Instant due = instant(jdbc.sql("SELECT due_at FROM deadline WHERE task_id = ?").param(answerTask.getId())
                .query().singleRow(), "due_at");

        clock(due.plusSeconds(60));
        driver.task(rid, SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE);
        // the reminder's and the escalation's timers are both past: the reminder touches the task too
        await().atMost(CaseDriver.PATIENCE).until(() -> driver.actions(id).contains("reminded"));
        driver.complete(rid, SupervisionRecommendationProcess.TASK_RECORD_ANSWER,
                Map.of(SupervisionRecommendationProcess.RESPONSE, "PARTLY_ACCEPTED",
                SupervisionRecommendationProcess.RESPONSE_REASON, "Đang mua sắm"));
        driver.complete(rid, SupervisionRecommendationProcess.TASK_JUDGE,
                Map.of(SupervisionRecommendationProcess.JUDGEMENT, "SATISFACTORY"));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(rid)
                .taskDefinitionKey(SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE).count()).isZero();
        assertThat(driver.state(rid)).isEqualTo("RESOLVED");
        assertThat(driver.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void aRejectedAnswerJudgedUnsatisfactoryGoesToTheCommitteeWhichOrdersAReSupervision() {
        String id = driver.enter("hoiccbhuyen", 2026, "Chính sách người có công", "Phòng LĐTBXH huyện", null);
        driver.driveToFinalReport(id, List.of("Chi trả trợ cấp đủ, đúng hạn"));
        String rid = id + "-K1";
        driver.complete(rid, SupervisionRecommendationProcess.TASK_RECORD_ANSWER,
                Map.of(SupervisionRecommendationProcess.RESPONSE, "REJECTED",
                SupervisionRecommendationProcess.RESPONSE_REASON, "Thiếu kinh phí"));
        driver.complete(rid, SupervisionRecommendationProcess.TASK_JUDGE,
                Map.of(SupervisionRecommendationProcess.JUDGEMENT, "UNSATISFACTORY",
                SupervisionRecommendationProcess.JUDGEMENT_NOTE, "Lý do không xác đáng"));
        assertThat(driver.state(rid)).isEqualTo("ESCALATED");

        var decide = driver.task(rid, SupervisionRecommendationProcess.TASK_COMMITTEE_DECIDE);
        assertThat(driver.groupsOf(decide)).containsExactly("huyenuy");
        driver.complete(rid, SupervisionRecommendationProcess.TASK_COMMITTEE_DECIDE,
                Map.of(SupervisionRecommendationProcess.COMMITTEE_DECISION, "RESUPERVISE",
                SupervisionRecommendationProcess.COMMITTEE_NOTE, "Giám sát lại"));

        String again = jdbc.sql("SELECT resupervision_id FROM supervision_recommendation WHERE recommendation_id = ?")
                .param(rid).query(String.class).single();
        assertThat(again).startsWith("SUPERVISION-HOICCBHUYEN-").isNotEqualTo(id);
        assertThat(jdbc.sql("SELECT resupervision_of FROM supervision_campaign WHERE campaign_id = ?").param(again)
                .query(String.class).single()).isEqualTo(id);
        assertThat(driver.groupsOf(driver.task(again,
                SupervisionCampaignProcess.TASK_AGREE))).containsExactly("huyenuy");
        assertThat(driver.state(rid)).isEqualTo("RESUPERVISED");
        assertThat(driver.status(id)).isEqualTo("CLOSED");
        assertThat(driver.actions(id)).containsSubsequence("answered", "judged", "committee-decided", "resupervision-ordered", "closed");
    }

    @Test
    void aProgrammeTheCommitteeDoesNotAgreeToIsClosedAsNotAgreed() {
        String id = driver.enter("doanthanhnienhuyen", 2026, "Việc làm cho thanh niên", "Trung tâm dịch vụ việc làm", null);
        driver.complete(id, SupervisionCampaignProcess.TASK_AGREE,
                Map.of(SupervisionCampaignProcess.AGREEMENT, "DECLINE", SupervisionCampaignProcess.AGREEMENT_NOTE,
                "Chưa phù hợp"));
        assertThat(driver.status(id)).isEqualTo("NOT_AGREED");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void onlyFrontAndOrganisationUnitsSupervise() {
        assertThatThrownBy(() -> driver.enter("tahine", 2026, "Không hợp lệ", "Ai đó", null))
                .hasMessageContaining("không phải Mặt trận hoặc đoàn thể");
        assertThatThrownBy(() -> driver.enter("mttqhuyen", 2026, "Hồ sơ lạ", "UBND xã", "DAQUYN-2026-99999"))
                .hasMessageContaining("không có hồ sơ đơn thư DAQUYN-2026-99999");
    }

    private static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(StepSupport.VIETNAM).toInstant();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
