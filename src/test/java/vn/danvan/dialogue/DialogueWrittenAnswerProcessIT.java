package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.danvan.dialogue.ConferenceDriver.at;
import static vn.danvan.dialogue.ConferenceDriver.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.danvan.support.Http;
import vn.danvan.support.Http.Part;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.TestServers;

/**
 * Every path of {@code dialogue-written-answer}, for Phú Hội's conferences with the engine's clock in
 * April and May 2026 (before today): a question left unanswered at the conference is answered in
 * writing in time (its petition's case notes it, the petitioner is told by e-mail, the conference
 * closes); a late one is reminded, escalated twice and marked late; a unit that is not in the unit
 * table is refused naming the field; a unit merged away hands the answers it owes to its successor. The due date is the rule table's 15 working days
 * (DIALOGUE_WRITTEN_ANSWER) from the conference day, across Giỗ Tổ and 30/4-1/5.
 */
@DanvanIntegrationTest
class DialogueWrittenAnswerProcessIT {

    static final String COMMUNE = "phuhoi";
    static final String OFFICER = "phuhoi1";
    static final String DISTRICT_OFFICER = "wahuyen1";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    ConferenceDriver driver;

    @BeforeEach
    void officers() {
        driver = new ConferenceDriver(engine, jdbc);
        driver.officer(OFFICER, COMMUNE);
        driver.officer(DISTRICT_OFFICER, "huyen");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aQuestionLeftUnansweredIsAnsweredInWritingInTimeItsPetitionNotesItAndThePetitionerIsTold() throws Exception {
        clock(at("2026-04-13T09:00"));
        String email = "hoa." + UUID.randomUUID() + "@example.vn";
        String caseId = fileWithConsent("Đèn đường thôn 4 hỏng " + UUID.randomUUID(), email);
        String id = conferenceWithQuestions("Điện chiếu sáng", List.of(caseId), List.of());
        clock(at("2026-04-20T10:00"));

        // the hold form offers the unit table's units, the conference's own preselected
        Task hold = driver.task(id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE);
        assertThat(engine.getTaskService().getVariableLocal(hold.getId(),
                DialogueConferenceProcess.UNIT_OPTIONS).toString())
                .contains("\"value\":\"phuhoi\"").contains("\"value\":\"huyen\"");
        assertThat(engine.getTaskService().getVariable(hold.getId(),
                DialogueConferenceProcess.WRITTEN_ANSWER_UNIT)).isEqualTo(COMMUNE);
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE, held("SOME", "2", COMMUNE));

        String questionId = id + "-Q01";
        assertThat(questionState(questionId)).isEqualTo("ANSWER_PENDING");
        assertThat(questionState(id + "-Q02")).isEqualTo("ANSWERED");
        Task answer = driver.task(questionId, DialogueWrittenAnswerProcess.TASK_ANSWER);
        assertThat(answer.getName()).startsWith("Trả lời bằng văn bản câu hỏi của công dân · " + questionId);
        assertThat(groupsOf(answer)).containsExactly(COMMUNE);
        // the figure of the rule table: 15 working days from Monday 20/04/2026, without 27/04, 30/04 and 01/05
        Instant due = WorkingCalendar.endOf(LocalDate.of(2026, 5, 14));
        assertThat(answer.getDueDate().toInstant()).isEqualTo(due);
        Map<String, Object> deadline = deadlineOf(answer.getId());
        assertThat(deadline.get("stage")).isEqualTo("DIALOGUE_WRITTEN_ANSWER");
        assertThat(deadline.get("rule_key").toString()).contains("15 ngày làm việc").contains("218-QĐ/TW");
        assertThat(engine.getTaskService().getVariableLocal(answer.getId(),
                DialogueWrittenAnswerProcess.QUESTION_TEXT).toString())
                .contains("đèn đường").doesNotContain("Trần Thị Hoa");
        assertThat(driver.actions(id)).containsSubsequence("held", "written-answer-requested");

        // concluded without commitments: the conference waits for its written answer
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_ISSUE_CONCLUSION,
                ConferenceDriver.conclusion(null, null, null));
        assertThat(driver.status(id)).isEqualTo("CONCLUDED");

        clock(at("2026-04-24T09:00"));
        assertThatThrownBy(() -> driver.completeTask(OFFICER, answer.getId(), answer("2026-04-27")))
                .hasMessageContaining("answerDocumentDate").hasMessageContaining("không được sau hôm nay 24/04/2026");
        driver.completeTask(OFFICER, answer.getId(), answer("2026-04-24"));

        assertThat(questionState(questionId)).isEqualTo("ANSWERED_IN_WRITING");
        JsonNode view = json.readTree(new Http(port).get("/api/dialogues/" + id, OFFICER, "demo").body());
        JsonNode written = view.path("questions").get(0).path("writtenAnswer");
        assertThat(written.path("state").asText()).isEqualTo("ANSWERED");
        assertThat(written.path("unitCode").asText()).isEqualTo(COMMUNE);
        assertThat(written.path("documentNumber").asText()).isEqualTo("25/UBND-VP");
        assertThat(written.path("late").asBoolean()).isFalse();
        assertThat(view.path("questions").get(1).path("writtenAnswer").isObject()).as("answered on the spot").isFalse();
        assertThat(driver.status(id)).isEqualTo("CLOSED");
        assertThat(driver.actions(id)).containsSubsequence("written-answer-requested", "concluded",
                "question-answered-in-writing", "closed");
        assertThat(driver.ended(questionId, DialogueWrittenAnswerProcess.KEY, DialogueWrittenAnswerProcess.END_ANSWERED))
                .isTrue();
        assertThat(deadlineOf(answer.getId()).get("state")).isEqualTo("MET");

        // the petition's case: a timeline entry, without a case event
        assertThat(jdbc.sql("SELECT note FROM case_timeline WHERE case_id = ? AND action = 'answered-in-writing'")
                .param(caseId).query(String.class).single()).contains(id).contains("25/UBND-VP");

        // the event on danvan.dialogues, without the citizen's name
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            var event = kafka.awaitRecords("danvan.dialogues", r -> id.equals(r.key())
                    && "vn.danvan.dialogue.question-answered-in-writing".equals(KafkaTestClient.header(r, "ce_type")), 1,
                    Duration.ofSeconds(30)).get(0);
            JsonNode data = json.readTree(KafkaTestClient.value(event));
            assertThat(data.path("questionId").asText()).isEqualTo(questionId);
            assertThat(data.path("ownerUnitCode").asText()).isEqualTo(COMMUNE);
            assertThat(data.path("lateState").asText()).isEqualTo("ON_TIME");
            assertThat(data.path("caseIds").get(0).asText()).isEqualTo(caseId);
            assertThat(KafkaTestClient.value(event)).doesNotContain("Trần Thị Hoa");
        }

        // the dashboard's scorecard counts it, from the events
        await().atMost(CaseDriver.PATIENCE).until(() -> dashboardRow(questionId), row -> "ANSWERED".equals(row.get("state")));
        assertThat(dashboardRow(questionId).get("late")).isEqualTo(false);
        var summary = json.readTree(new Http(port).get("/api/dashboard/summary?year=2026", OFFICER, "demo").body());
        assertThat(summary.at("/scorecard/writtenAnswers/answered").asLong()).isPositive();

        // the petitioner gave an e-mail and consent: told, with the answering document
        String code = jdbc.sql("SELECT tracking_code FROM petition_case WHERE case_id = ?").param(caseId)
                .query(String.class).single();
        MimeMessage mail = await().atMost(CaseDriver.PATIENCE).until(() -> TestServers.mailsTo(email).stream()
                .filter(m -> subject(m).contains("trả lời bằng văn bản")).toList(), list -> list.size() == 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Đơn " + code + " đã được trả lời bằng văn bản sau hội nghị đối thoại");
        assertThat(mail.getContent().toString()).contains("Văn bản trả lời số 25/UBND-VP ngày 24/04/2026 của Xã Phú Hội")
                .contains("/portal/cases/" + code);
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT count(*) FROM case_timeline WHERE case_id = ? AND action = 'notified' AND note LIKE '%trả lời bằng văn bản%'")
                .param(caseId).query(Long.class).single() == 1);
    }

    @Test
    void aLateWrittenAnswerIsRemindedEscalatedTwiceAndMarkedLate() throws Exception {
        clock(at("2026-04-13T09:00"));
        String id = conferenceWithQuestions("Đất đai", List.of(), List.of());
        clock(at("2026-04-20T10:00"));
        Map<String, Object> held = held("NONE", null, COMMUNE);
        held.putAll(Map.of(DialogueConferenceProcess.writtenAnswerNumber(1), 2L,
                DialogueConferenceProcess.writtenAnswerUnit(1), "huyen"));
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE, held);

        Task first = driver.task(id + "-Q01", DialogueWrittenAnswerProcess.TASK_ANSWER);
        assertThat(groupsOf(first)).containsExactly(COMMUNE);
        // the second question went to the unit chosen for its number
        assertThat(groupsOf(driver.task(id + "-Q02", DialogueWrittenAnswerProcess.TASK_ANSWER))).containsExactly("huyen");
        Map<String, Object> deadline = deadlineOf(first.getId());

        clock(instant(deadline, "remind_at").plusSeconds(60));
        // both questions' reminders fall due at the same moment, in either order: wait for this one's
        await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery().taskId(first.getId())
                .singleResult().getPriority(), priority -> priority == 75);
        assertThat(driver.actions(id)).contains("written-answer-reminded");

        clock(instant(deadline, "due_at").plusSeconds(60));
        assertThat(groupsOf(awaitTask(id + "-Q01", DialogueWrittenAnswerProcess.TASK_FOLLOW_UP_LATE)))
                .containsExactly("huyen");
        await().atMost(CaseDriver.PATIENCE).until(() -> "LATE".equals(writtenAnswer(id + "-Q01").get("late_state")));

        clock(instant(deadline, "very_late_at").plusSeconds(60));
        assertThat(groupsOf(awaitTask(id + "-Q01", DialogueWrittenAnswerProcess.TASK_FOLLOW_UP_VERY_LATE)))
                .containsExactly("huyenuy");
        await().atMost(CaseDriver.PATIENCE).until(() -> "VERY_LATE".equals(writtenAnswer(id + "-Q01").get("late_state")));
        assertThat(driver.actions(id)).containsSubsequence("written-answer-requested", "written-answer-reminded",
                "written-answer-overdue", "written-answer-overdue");

        // the unit answers through the REST door: bad input is refused naming the field, another unit may not
        LocalDate today = WorkingCalendar.dayOf(ClockUtil.getCurrentTime().toInstant());
        Http http = new Http(port);
        String path = "/api/dialogues/" + id + "/questions/" + id + "-Q01/written-answer";
        var missing = http.postJson(path, json.writeValueAsString(Map.of("documentNumber", "31/UBND",
                "documentDate", today.toString(), "answeredBy", "Chủ tịch UBND xã")), OFFICER, "demo");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).path("errors").findValuesAsText("field")).containsExactly("content");
        var future = http.postJson(path, restAnswer(today.plusDays(3)), OFFICER, "demo");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json.readTree(future.body()).path("errors").findValuesAsText("field")).containsExactly("documentDate");
        assertThat(http.postJson(path, restAnswer(today), DISTRICT_OFFICER, "demo").statusCode()).isEqualTo(403);
        var recorded = http.postJson(path, restAnswer(today), OFFICER, "demo");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        JsonNode written = json.readTree(recorded.body()).path("writtenAnswer");
        assertThat(written.path("late").asBoolean()).isTrue();
        assertThat(written.path("lateState").asText()).isEqualTo("VERY_LATE");
        assertThat(written.path("recordedBy").asText()).isEqualTo(OFFICER);
        assertThat(http.postJson(path, restAnswer(today), OFFICER, "demo").statusCode()).as("answered already").isEqualTo(409);

        await().atMost(CaseDriver.PATIENCE).until(() -> dashboardRow(id + "-Q01"),
                row -> "ANSWERED".equals(row.get("state")) && Boolean.TRUE.equals(row.get("late")));

        Map<String, Object> answered = writtenAnswer(id + "-Q01");
        assertThat(answered.get("state")).isEqualTo("ANSWERED");
        assertThat(answered.get("late_state")).isEqualTo("VERY_LATE");
        assertThat(questionState(id + "-Q01")).isEqualTo("ANSWERED_IN_WRITING");
        // the step's subprocess ended: its timers and open follow-up tasks with it
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(first.getProcessInstanceId()).count()).isZero();
        assertThat(jdbc.sql("SELECT note FROM dialogue_history WHERE conference_id = ? AND action = 'question-answered-in-writing'")
                .param(id).query(String.class).single()).contains("trễ hạn");
        // the other question is still awaited at the district: the conference is not done
        assertThat(writtenAnswer(id + "-Q02").get("state")).isEqualTo("OPEN");
        assertThat(driver.status(id)).isEqualTo("HELD");
    }

    @Test
    void aUnitThatIsNotAnActiveUnitOfTheUnitTableIsRefusedNamingTheField() throws Exception {
        clock(at("2026-04-13T09:00"));
        String id = conferenceWithQuestions("Môi trường", List.of(), List.of());
        clock(at("2026-04-20T10:00"));

        assertThatThrownBy(() -> driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                held("NONE", null, "ubnd phu hoi")))
                .hasMessageContaining("writtenAnswerUnit").hasMessageContaining("không có đơn vị đang hoạt động mã 'ubnd phu hoi'");
        Map<String, Object> badSlot = held("NONE", null, COMMUNE);
        badSlot.putAll(Map.of(DialogueConferenceProcess.writtenAnswerNumber(1), 1L,
                DialogueConferenceProcess.writtenAnswerUnit(1), "phongtnmt"));
        assertThatThrownBy(() -> driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE, badSlot))
                .hasMessageContaining(DialogueConferenceProcess.writtenAnswerUnit(1)).hasMessageContaining("phongtnmt");
        Map<String, Object> answeredOnTheSpot = held("SOME", "1", COMMUNE);
        answeredOnTheSpot.putAll(Map.of(DialogueConferenceProcess.writtenAnswerNumber(1), 1L,
                DialogueConferenceProcess.writtenAnswerUnit(1), "huyen"));
        assertThatThrownBy(() -> driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                answeredOnTheSpot))
                .hasMessageContaining("Câu hỏi số 1 không chờ trả lời bằng văn bản");

        // nothing of the refused attempts remains: the conference still waits to be held
        assertThat(driver.status(id)).isEqualTo("PREPARING");
        assertThat(jdbc.sql("SELECT count(*) FROM dialogue_written_answer WHERE conference_id = ?").param(id)
                .query(Long.class).single()).isZero();
        driver.task(id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE);
    }

    @Test
    void aMergedUnitHandsTheWrittenAnswersItOwesToTheUnitThatTakesOver() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String old = "wacu" + suffix;
        String successor = "wamoi" + suffix;
        Http http = new Http(port);
        for (String code : List.of(old, successor)) {
            var created = http.postJson("/api/units", unitJson(code, true, null), "admin", "demo");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        clock(at("2026-04-13T09:00"));
        String id = conferenceWithQuestions("Giao thông", List.of(), List.of());
        clock(at("2026-04-20T10:00"));
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE, held("SOME", "2", old));
        Task answer = driver.task(id + "-Q01", DialogueWrittenAnswerProcess.TASK_ANSWER);
        assertThat(groupsOf(answer)).containsExactly(old);

        var refused = http.putJson("/api/units/" + old, unitJson(old, false, null), "admin", "demo");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).path("openWork")
                .path("câu hỏi chờ trả lời bằng văn bản sau hội nghị đối thoại").asInt()).isEqualTo(1);
        var moved = http.putJson("/api/units/" + old, unitJson(old, false, successor), "admin", "demo");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        assertThat(writtenAnswer(id + "-Q01").get("unit_code")).isEqualTo(successor);
        assertThat(groupsOf(driver.task(id + "-Q01", DialogueWrittenAnswerProcess.TASK_ANSWER))).containsExactly(successor);
        assertThat(engine.getRuntimeService().getVariable(answer.getProcessInstanceId(),
                DialogueWrittenAnswerProcess.ANSWER_UNIT_CODE)).isEqualTo(successor);
        assertThat(driver.actions(id)).contains("written-answer-reassigned");
    }

    private static String unitJson(String code, boolean active, String takeover) {
        return """
                {"code": "%s", "name": "Ban thử nghiệm %s", "kind": "RECEPTION", "level": "DISTRICT", "parent": "huyenuy",
                 "commune": null, "active": %s%s}""".formatted(code, code, active,
                takeover == null ? "" : ", \"takeover\": \"" + takeover + "\"");
    }

    /** A Phú Hội conference on 20/04/2026 with two questions (the first linked to the cases), assigned and ready to hold. */
    private String conferenceWithQuestions(String themes, List<String> firstCases, List<String> secondCases)
            throws Exception {
        String id = driver.start(OFFICER, ConferenceDriver.plan(themes, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 16)));
        driver.complete(driver.approverOf(COMMUNE), id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));
        ask(id, "Trần Thị Hoa", "Bao giờ sửa đèn đường thôn 4?", firstCases);
        ask(id, "Lê Văn Bảy", "Chợ thôn 2 có được nâng cấp không?", secondCases);
        driver.complete(OFFICER, id, DialogueConferenceProcess.TASK_CLOSE_COLLECTION, Map.of());
        for (Task assignment : driver.tasks(id, DialogueConferenceProcess.TASK_ASSIGN_QUESTION)) {
            driver.completeTask(OFFICER, assignment.getId(),
                    Map.of(DialogueConferenceProcess.ANSWERING_AGENCY, "UBND xã", DialogueConferenceProcess.ANSWER_DUE,
                    "2026-04-17"));
        }
        return id;
    }

    private void ask(String conferenceId, String askedBy, String content, List<String> caseIds) throws Exception {
        var response = new Http(port).postJson("/api/dialogues/" + conferenceId + "/questions", json.writeValueAsString(
                Map.of("askedBy", askedBy, "locality", "Thôn 4", "content", content, "caseIds", caseIds)), OFFICER, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private Map<String, Object> held(String answered, String numbers, String unit) {
        Map<String, Object> held = ConferenceDriver.held(answered, numbers);
        held.put("writtenAnswerUnit", unit);
        return held;
    }

    private static Map<String, Object> answer(String documentDate) {
        return new HashMap<>(Map.of(DialogueWrittenAnswerProcess.ANSWER_CONTENT,
                "UBND xã đã giao sửa đèn đường thôn 4 trong tháng 5.",
                DialogueWrittenAnswerProcess.DOCUMENT_NUMBER, "25/UBND-VP", DialogueWrittenAnswerProcess.DOCUMENT_DATE,
                documentDate,
                DialogueWrittenAnswerProcess.ANSWERED_BY, "Chủ tịch UBND xã Phú Hội"));
    }

    private String restAnswer(LocalDate documentDate) throws Exception {
        return json.writeValueAsString(Map.of("content", "Huyện đã có văn bản hướng dẫn cấp giấy chứng nhận.",
                "documentNumber", "31/UBND", "documentDate", documentDate.toString(), "answeredBy", "Chủ tịch UBND xã"));
    }

    private String fileWithConsent(String subject, String email) throws Exception {
        String petition = """
                {"unitCode": "phuhoi", "type": "RECOMMENDATION", "subject": "%s", "content": "Đèn đường thôn 4 hỏng đã lâu.",
                 "petitioner": {"fullName": "Trần Thị Hoa", "email": "%s"}, "consent": true}""".formatted(subject, email);
        var answer = new Http(port).postMultipart("/api/public/petitions", List.of(Part.json("petition", petition)),
                Map.of("X-Forwarded-For", "10.9." + Math.abs(subject.hashCode() % 250) + ".2"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String code = json.readTree(answer.body()).path("trackingCode").asText();
        return jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(code).query(String.class).single();
    }

    private String questionState(String questionId) {
        return jdbc.sql("SELECT state FROM dialogue_question WHERE question_id = ?").param(questionId)
                .query(String.class).single();
    }

    private Map<String, Object> writtenAnswer(String questionId) {
        return jdbc.sql("SELECT * FROM dialogue_written_answer WHERE question_id = ?").param(questionId).query().singleRow();
    }

    private Map<String, Object> dashboardRow(String questionId) {
        return jdbc.sql("SELECT * FROM dash_written_answer WHERE question_id = ?").param(questionId).query().listOfRows()
                .stream().findFirst().orElse(Map.of());
    }

    private Map<String, Object> deadlineOf(String taskId) {
        return jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(taskId).query().singleRow();
    }

    private Task awaitTask(String businessKey, String taskKey) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), found -> found != null);
    }

    private List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        return ((java.sql.Timestamp) row.get(column)).toInstant();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
