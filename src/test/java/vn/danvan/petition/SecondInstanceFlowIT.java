package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.KafkaCaseEvents;
import vn.danvan.support.KafkaTestClient;

/**
 * {@code complaint-second-instance}, every path: accepted → dialogue → decision; not accepted; each
 * trigger that does not apply, refused with its reason; the trigger "no decision in time"; the second
 * instance outside danvan. The clock is set in March 2026 (before today), as in DeadlinesIT, so that
 * moving it fires only this class's timers.
 */
@DanvanIntegrationTest
class SecondInstanceFlowIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    SecondInstanceCases cases;

    @BeforeEach
    void setUp() {
        cases = new SecondInstanceCases(engine, jdbc, port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aComplainantWhoDisagreesWithTheCommunesDecisionIsHeardAndDecidedAtTheDistrict() throws Exception {
        clock(at("2026-03-02T09:00"));
        String first = cases.decidedByCommune("liennghia", "Khiếu nại quyết định thu hồi đất thôn 3", "COMPLAINT", false);

        HttpResponse<String> asked = cases.request(first, "Giá bồi thường thấp hơn giá thị trường", "liennghia1");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonNode answer = cases.read(asked);
        String second = answer.path("secondCaseId").asText();
        assertThat(second).startsWith("HUYEN-2026-");
        assertThat(answer.path("trigger").asText()).isEqualTo("DISAGREEMENT");
        assertThat(answer.path("firstResolverUnit").asText()).isEqualTo("liennghia");
        assertThat(answer.path("resolverUnit").asText()).isEqualTo("huyen");
        // 30 days from the day the citizen received the decision (the commune closed the case on 2 March)
        assertThat(Instant.parse(answer.path("windowEndsAt").asText())).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 4, 1)));
        assertThat(asked.headers().firstValue("Location")).hasValue("/api/cases/" + second);

        // linked both ways, in the records and in what officers read
        assertThat(cases.actions(first)).contains("second-instance-requested");
        assertThat(jdbc.sql("SELECT disputed_at IS NOT NULL FROM petition_case WHERE case_id = ?").param(first)
                .query(Boolean.class).single()).isTrue();
        JsonNode firstView = cases.read(cases.http().get("/api/cases/" + first, "liennghia1", "demo"));
        assertThat(firstView.path("secondInstance").path("secondCaseId").asText()).isEqualTo(second);
        JsonNode secondView = cases.read(cases.http().get("/api/cases/" + second, "huyen1", "demo"));
        assertThat(secondView.path("firstInstance").path("firstCaseId").asText()).isEqualTo(first);
        assertThat(secondView.path("level").asText()).isEqualTo("DISTRICT");
        assertThat(secondView.path("unitCode").asText()).isEqualTo("huyen");
        assertThat(secondView.path("originUnitCode").asText()).isEqualTo("liennghia");
        assertThat(secondView.path("type").asText()).isEqualTo("COMPLAINT");
        assertThat(secondView.path("petitioner").path("fullName").asText()).isEqualTo("Nguyễn Văn Bình");

        Task accept = cases.driver().awaitTask(second, SecondInstanceProcess.TASK_ACCEPT);
        assertThat(accept.getName()).contains(second).contains("Khiếu nại lần hai");
        assertThat(groupsOf(accept)).containsExactly("huyen");
        cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_ACCEPT,
                Map.of(SecondInstanceProcess.ACCEPTANCE, "ACCEPT", SecondInstanceProcess.COMPLEX, false));

        clock(at("2026-03-10T09:00"));
        // the dialogue is mandatory and recorded: a date after today is refused
        assertThatThrownBy(() -> cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_DIALOGUE,
                dialogue("2026-03-11"))).hasMessageContaining("không được sau hôm nay");
        cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_DIALOGUE, dialogue("2026-03-09"));
        assertThatThrownBy(() -> cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_RESOLVE,
                Map.of(CaseVariables.OUTCOME, "ANSWERED", CaseVariables.CONCLUSION, "Trả lời")))
                .hasMessageContaining("Cần chọn kết quả giải quyết");
        cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_RESOLVE,
                Map.of(CaseVariables.OUTCOME, "PARTLY_UPHELD",
                CaseVariables.CONCLUSION, "Điều chỉnh đơn giá bồi thường theo bảng giá đất năm 2026"));

        assertThat(cases.driver().history(second, SecondInstanceProcess.KEY).getEndActivityId())
                .isEqualTo(SecondInstanceProcess.END_DECIDED);
        assertThat(cases.status(second)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT outcome FROM petition_case WHERE case_id = ?").param(second).query(String.class).single())
                .isEqualTo("PARTLY_UPHELD");
        Map<String, Object> link = jdbc.sql("SELECT * FROM second_instance WHERE first_case_id = ?").param(first)
                .query().singleRow();
        assertThat(link.get("second_case_id")).isEqualTo(second);
        assertThat(link.get("dialogue_date").toString()).isEqualTo("2026-03-09");
        assertThat(link.get("dialogue_agreement")).isEqualTo("Thống nhất đo đạc lại diện tích");
        assertThat(cases.actions(second)).containsSubsequence("received", "accepted", "dialogue-held", "resolved", "closed");
        assertThat(cases.actions(first)).containsSubsequence("second-instance-requested", "second-instance-concluded");

        // the numbered decision from the district's register, addressed to the complainant; no result notice besides
        cases.awaitDocument(second, "SECOND_INSTANCE_DECISION");
        Map<String, Object> decision = jdbc.sql("SELECT number, unit_code, for_citizen FROM document WHERE subject_id = ?"
                + " AND kind = 'SECOND_INSTANCE_DECISION'").param(second).query().singleRow();
        assertThat((String) decision.get("number")).matches("\\d{2,}/QĐ-.+");
        assertThat(decision.get("unit_code")).isEqualTo("huyen");
        assertThat(decision.get("for_citizen")).isEqualTo(true);
        cases.awaitDocument(second, "ACCEPTANCE_NOTICE");
        assertThat(jdbc.sql("SELECT count(*) FROM document WHERE subject_id = ? AND kind IN ('RESOLUTION', 'RESULT_NOTICE')")
                .param(second).query(Long.class).single()).isZero();

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, byte[]>> events = KafkaCaseEvents.await(kafka, second, 5);
            assertThat(KafkaCaseEvents.changes(events)).containsExactly("received", "accepted", "dialogue-held", "resolved",
                    "closed");
            assertThat(events).allSatisfy(e -> assertThat(KafkaCaseEvents.data(e).path("firstInstanceCaseId").asText())
                    .isEqualTo(first));
            List<ConsumerRecord<String, byte[]>> firstEvents = KafkaCaseEvents.await(kafka, first, 7);
            List<String> changes = KafkaCaseEvents.changes(firstEvents);
            assertThat(changes).containsSubsequence("closed", "second-instance-requested", "second-instance-concluded");
            assertThat(firstEvents.stream().filter(e -> KafkaCaseEvents.data(e).has("secondInstanceCaseId"))
                    .map(e -> KafkaCaseEvents.data(e).path("secondInstanceCaseId").asText())).containsExactly(second, second);
        }

        // one second instance per case, and none of a second instance
        HttpResponse<String> again = cases.request(first, "Yêu cầu lần nữa", "liennghia1");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ALREADY_REQUESTED");
        HttpResponse<String> third = cases.request(second, "Khiếu nại lần ba", "huyen1");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("ALREADY_REQUESTED", "Tòa án");
    }

    @Test
    void theDistrictMayRefuseToAcceptTheSecondInstanceWithItsReason() {
        clock(at("2026-03-02T09:00"));
        String first = cases.decidedByCommune("binhthanh", "Khiếu nại việc cấp giấy chứng nhận", "COMPLAINT", false);
        String tracking = jdbc.sql("SELECT tracking_code FROM petition_case WHERE case_id = ?").param(first)
                .query(String.class).single();
        JsonNode status = cases.read(cases.http().get("/api/public/cases/" + tracking));
        assertThat(status.path("canRequestSecondInstance").asBoolean()).isTrue();
        assertThat(status.path("canDisagree").asBoolean()).isFalse();

        // the citizen asks from the status page
        HttpResponse<String> asked = cases.http().postJsonWith("/api/public/cases/" + tracking + "/second-instance",
                "{\"reason\": \"Tôi không đồng ý\"}", Map.of("X-Forwarded-For", "10.90.1.1"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String secondTracking = cases.read(asked).path("secondInstanceTrackingCode").asText();
        String second = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(secondTracking)
                .query(String.class).single();
        status = cases.read(cases.http().get("/api/public/cases/" + tracking));
        assertThat(status.path("canRequestSecondInstance").asBoolean()).isFalse();
        assertThat(status.path("secondInstance").path("trackingCode").asText()).isEqualTo(secondTracking);
        assertThat(cases.read(cases.http().get("/api/public/cases/" + secondTracking)).path("firstInstanceTrackingCode")
                .asText()).isEqualTo(tracking);
        assertThat(jdbc.sql("SELECT door FROM second_instance WHERE first_case_id = ?").param(first).query(String.class)
                .single()).isEqualTo("PORTAL");

        assertThatThrownBy(() -> cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_ACCEPT,
                Map.of(SecondInstanceProcess.ACCEPTANCE, "REFUSE"))).hasMessageContaining("Cần nêu lý do không thụ lý");
        cases.completeAs("huyen1", second, SecondInstanceProcess.TASK_ACCEPT,
                Map.of(SecondInstanceProcess.ACCEPTANCE, "REFUSE",
                SecondInstanceProcess.REFUSAL_REASON,
                "Người khiếu nại đã khởi kiện vụ án hành chính tại Tòa án (Điều 11)"));

        assertThat(cases.driver().history(second, SecondInstanceProcess.KEY).getEndActivityId())
                .isEqualTo(SecondInstanceProcess.END_REFUSED);
        assertThat(cases.actions(second)).containsSubsequence("received", "refused", "closed");
        assertThat(cases.status(second)).isEqualTo("CLOSED");
        assertThat(cases.actions(first)).containsSubsequence("second-instance-requested", "second-instance-concluded");
        cases.awaitDocument(second, "REFUSAL_NOTICE");
    }

    @Test
    void aRequestThatDoesNotApplyIsRefusedWithItsReasonAndLeavesNothing() {
        clock(at("2026-03-02T09:00"));
        String feedback = cases.decidedByCommune("daloan", "Phản ánh đèn đường", "FEEDBACK", false);
        refused(feedback, "liennghia1", 404, null); // another commune's case: not found
        String running = cases.atCommuneResolution("daloan", "Khiếu nại đang giải quyết", "COMPLAINT", false);
        String original = cases.decidedByCommune("ninhgia", "Khiếu nại gốc", "COMPLAINT", false);
        String duplicate = cases.submit("ninhgia", "Khiếu nại gửi lại");
        cases.driver().complete(duplicate, PetitionCommuneProcess.TASK_CLASSIFY,
                Map.of(CaseVariables.CASE_TYPE, "COMPLAINT", CaseVariables.SUBJECT_AREA, "LAND",
                CaseVariables.COMPLEXITY, "NORMAL", CaseVariables.REMOTE_AREA, false,
                CaseVariables.CONCERNS_PARTY_MEMBER, false, CaseVariables.DISTRICT_DECISION, false));
        cases.driver().complete(duplicate, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "DUPLICATE",
                PetitionCommuneProcess.DUPLICATE_OF, original));

        refused(feedback, "huyen1", 422, "NOT_A_COMPLAINT");
        refused(running, "huyen1", 409, "FIRST_INSTANCE_RUNNING");
        refused(duplicate, "huyen1", 409, "NO_FIRST_DECISION");
        HttpResponse<String> noReason = cases.request(original, null, "huyen1");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        // a day past the 30 days from the decision's receipt
        clock(at("2026-04-02T09:00"));
        refused(original, "huyen1", 422, "WINDOW_PASSED");
        // the portal says the same to the citizen
        String tracking = jdbc.sql("SELECT tracking_code FROM petition_case WHERE case_id = ?").param(original)
                .query(String.class).single();
        assertThat(cases.read(cases.http().get("/api/public/cases/" + tracking)).path("canRequestSecondInstance").asBoolean())
                .isFalse();
        HttpResponse<String> portal = cases.http().postJsonWith("/api/public/cases/" + tracking + "/second-instance",
                "{\"reason\": \"Tôi không đồng ý\"}", Map.of("X-Forwarded-For", "10.90.1.2"));
        assertThat(portal.statusCode()).isEqualTo(422);
        assertThat(portal.body()).contains("Đã quá thời hạn khiếu nại lần hai");

        for (String caseId : List.of(feedback, running, duplicate, original)) {
            assertThat(cases.secondInstanceRows(caseId)).as(caseId).isZero();
            assertThat(cases.actions(caseId)).as(caseId).doesNotContain("second-instance-requested");
        }
    }

    @Test
    void aComplaintLeftUndecidedPastItsTimeLimitMayGoToTheSecondInstance() {
        clock(at("2026-03-02T09:00"));
        String first = cases.atCommuneResolution("hiepan", "Khiếu nại chưa được giải quyết", "COMPLAINT", false);
        refused(first, "hiepan1", 409, "FIRST_INSTANCE_RUNNING");

        // the commune's 30 days end on 1 April; on 2 April the complainant may go to the second instance
        clock(at("2026-04-02T09:00"));
        await().atMost(CaseDriver.PATIENCE).until(() -> "LATE".equals(jdbc.sql(
                "SELECT late_state FROM petition_case WHERE case_id = ?").param(first).query(String.class).single()));
        HttpResponse<String> asked = cases.request(first, "Quá hạn 30 ngày mà xã chưa giải quyết", "hiepan1");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonNode answer = cases.read(asked);
        assertThat(answer.path("trigger").asText()).isEqualTo("NO_DECISION");
        assertThat(answer.path("resolverUnit").asText()).isEqualTo("huyen");
        // 30 days from the end of the time limit end on 1 May, a holiday: the window ends on the next working day
        assertThat(Instant.parse(answer.path("windowEndsAt").asText())).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 5, 4)));
        String second = answer.path("secondCaseId").asText();
        cases.driver().awaitTask(second, SecondInstanceProcess.TASK_ACCEPT);
        // the first instance is not taken away: the commune may still decide
        assertThat(cases.driver().instance(first, PetitionCommuneProcess.KEY)).isNotNull();
        assertThat(jdbc.sql("SELECT trigger FROM second_instance WHERE first_case_id = ?").param(first).query(String.class)
                .single()).isEqualTo("NO_DECISION");
    }

    @Test
    void aDistrictDecisionsSecondInstanceLiesOutsideDanvanAndIsRecordedAsReferred() {
        clock(at("2026-03-02T09:00"));
        String first = cases.decidedByDistrict("liennghia", "Khiếu nại quyết định của huyện");
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SecondInstanceProcess.KEY).latestVersion().singleResult().getId();

        // an officer records it in Tasklist's start form; a case their unit may not see is not found
        engine.getIdentityService().setAuthentication("hiepan1", List.of("hiepan"));
        try {
            assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, Map.of(
                    SecondInstanceProcess.FIRST_CASE_ID, first, SecondInstanceProcess.REASON, "Không đồng ý")))
                    .hasMessageContaining("Không tìm thấy hồ sơ");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        engine.getIdentityService().setAuthentication("liennghia1", List.of("liennghia"));
        String instance;
        try {
            instance = engine.getFormService().submitStartForm(definition, Map.of(SecondInstanceProcess.FIRST_CASE_ID,
                    first.toLowerCase(java.util.Locale.ROOT), SecondInstanceProcess.REASON, "Không đồng ý với quyết định của huyện")).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getEndActivityId()).isEqualTo(SecondInstanceProcess.END_REFERRED_OUTSIDE);
        Map<String, Object> link = jdbc.sql("SELECT * FROM second_instance WHERE first_case_id = ?").param(first)
                .query().singleRow();
        assertThat(link.get("second_case_id")).isNull();
        assertThat(link.get("first_resolver_unit")).isEqualTo("huyen");
        assertThat(link.get("door")).isEqualTo("TASKLIST");
        assertThat((String) link.get("referred_to")).contains("ngoài hệ thống", "Ban Tiếp công dân huyện Đức Trọng");
        assertThat(cases.actions(first)).contains("second-instance-requested");
        JsonNode view = cases.read(cases.http().get("/api/cases/" + first + "/second-instance", "huyen1", "demo"));
        assertThat(view.path("referredTo").asText()).contains("ngoài hệ thống");
    }

    @Test
    void theStartFormRefusesATriggerThatDoesNotApplyInVietnamese() {
        clock(at("2026-03-02T09:00"));
        String feedback = cases.decidedByCommune("phuhoi", "Phản ánh rác thải", "FEEDBACK", false);
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SecondInstanceProcess.KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("huyen1", List.of("huyen"));
        try {
            assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, Map.of(
                    SecondInstanceProcess.FIRST_CASE_ID, feedback, SecondInstanceProcess.REASON, "Không đồng ý")))
                    .hasMessageContaining("không phải đơn khiếu nại");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(cases.secondInstanceRows(feedback)).isZero();
    }

    private void refused(String caseId, String user, int status, String reason) {
        HttpResponse<String> response = cases.request(caseId, "Không đồng ý", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (reason != null) {
            assertThat(response.body()).contains(reason).contains("\"field\":\"caseId\"");
        }
    }

    private static Map<String, Object> dialogue(String date) {
        return Map.of(SecondInstanceProcess.DIALOGUE_DATE, date, SecondInstanceProcess.DIALOGUE_PARTICIPANTS,
                "Phó Chủ tịch UBND huyện; ông Nguyễn Văn Bình; UBND thị trấn",
                SecondInstanceProcess.DIALOGUE_CONTENT, "Người khiếu nại trình bày về giá bồi thường",
                SecondInstanceProcess.DIALOGUE_AGREEMENT,
                "Thống nhất đo đạc lại diện tích");
    }

    private List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList();
    }

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
