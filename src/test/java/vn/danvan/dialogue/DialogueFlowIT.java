package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.PdfReading;
import vn.danvan.support.Petitions;

/**
 * One conference of N'Thol Hạ from plan to a fulfilled commitment, only through the entry points
 * officers and outside systems use (engine REST as Tasklist calls it, /api/dialogues, /api/petitions),
 * asserting the {@code danvan.dialogues} events and the petition link both ways.
 */
@DanvanIntegrationTest
class DialogueFlowIT {

    static final String OFFICER = "ntholha1";
    static final String APPROVER = "ntholhadanguy1";
    static final String FRONT = "ntholhamttq1";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    Http http;
    KafkaTestClient kafka;

    @BeforeEach
    void setUp() {
        ConferenceDriver driver = new ConferenceDriver(engine, jdbc);
        driver.officer(OFFICER, "ntholha");
        driver.approverOf("ntholha");
        driver.frontOf("ntholha");
        http = new Http(port);
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aConferenceFromPlanToAFulfilledCommitmentThatResolvesAPetition() throws Exception {
        String answeredCase = petition("Ô nhiễm mùi từ trại heo thôn 2");
        String resolvedCase = petition("Đường thôn 5 xuống cấp");
        LocalDate today = WorkingCalendar.dayOf(java.time.Instant.now());

        // plan (Tasklist's start form) and approval by the commune's leadership
        post("/engine-rest/process-definition/key/" + DialogueConferenceProcess.KEY + "/start", variables(Map.of(
                DialogueConferenceProcess.THEMES, "Môi trường, giao thông nông thôn",
                DialogueConferenceProcess.PLANNED_DATE, today.plusDays(14).toString(),
                DialogueConferenceProcess.PLANNED_TIME, "14:00", DialogueConferenceProcess.PLACE,
                "Hội trường UBND xã N'Thol Hạ", DialogueConferenceProcess.LEADERS, "Bí thư Đảng ủy, Chủ tịch UBND xã",
                DialogueConferenceProcess.QUESTION_DEADLINE, today.plusDays(7).toString())), 200);
        String id = mine().stream().filter(c -> c.path("themes").asText().startsWith("Môi trường, giao thông"))
                .findFirst().orElseThrow().path("conferenceId").asText();
        completeAs(APPROVER, id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));

        // questions, with the open petition case on the same theme found and linked
        JsonNode found = get("/api/dialogues/" + id + "/petitions?subject=tr%E1%BA%A1i%20heo");
        assertThat(found.findValuesAsText("caseId")).containsExactly(answeredCase);
        String question = json.writeValueAsString(Map.of("askedBy", "Ka Hương", "locality", "Thôn 2",
                "content", "Bao giờ xử lý mùi trại heo?", "caseIds", List.of(answeredCase)));
        assertThat(http.postJson("/api/dialogues/" + id + "/questions", question, "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http.postJson("/api/dialogues/" + id + "/questions", question, OFFICER, "demo").statusCode()).isEqualTo(201);
        complete(id, DialogueConferenceProcess.TASK_CLOSE_COLLECTION, Map.of());
        complete(id, DialogueConferenceProcess.TASK_ASSIGN_QUESTION,
                Map.of(DialogueConferenceProcess.ANSWERING_AGENCY, "UBND xã, Phòng TN-MT",
                DialogueConferenceProcess.ANSWER_DUE, today.plusDays(12).toString()));

        // the conference answers the question on the spot; the linked case's timeline says so
        complete(id, DialogueConferenceProcess.TASK_HOLD_CONFERENCE,
                Map.of(DialogueConferenceProcess.ATTENDANCE, 85, DialogueConferenceProcess.MINUTES, "Biên bản",
                DialogueConferenceProcess.ANSWERED_ON_THE_SPOT, "ALL"));
        assertThat(get("/api/cases/" + answeredCase).path("timeline").findValuesAsText("action")).contains("answered-at-conference");
        String commitment = json.writeValueAsString(Map.of("ownerUnitCode", "ntholha", "content", "Sửa đường thôn 5",
                "dueDate", today.plusDays(60).toString(), "caseIds", List.of(resolvedCase)));
        assertThat(http.postJson("/api/dialogues/" + id + "/commitments", commitment, OFFICER, "demo").statusCode()).isEqualTo(201);
        complete(id, DialogueConferenceProcess.TASK_ISSUE_CONCLUSION,
                Map.of(DialogueConferenceProcess.CONCLUSION, "Kết luận: sửa đường trong quý",
                DialogueConferenceProcess.NOTICE_NUMBER, "TB-15"));

        // the Front confirms the commitment; the petition it settles is resolved
        completeAs(FRONT, id + "-C01", DialogueCommitmentProcess.TASK_CONFIRM,
                Map.of(DialogueCommitmentProcess.RESULT, "FULFILLED",
                DialogueCommitmentProcess.OUTCOME_NOTE, "Đã thảm nhựa"));
        JsonNode resolved = get("/api/cases/" + resolvedCase);
        assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
        // ... and its own process follows: the commune informs the citizen (it waited at classification)
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(resolvedCase).list())
                .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).containsExactly(PetitionCommuneProcess.TASK_INFORM_CITIZEN);
        assertThat(resolved.path("timeline").findValuesAsText("action").stream()
                .filter(action -> !action.equals("document-issued")).toList()).endsWith("resolved");
        assertThat(get("/api/dialogues?caseId=" + answeredCase).findValuesAsText("conferenceId")).containsExactly(id);
        assertThat(get("/api/dialogues/" + id).path("conference").path("status").asText()).isEqualTo("CLOSED");

        List<String> types = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        for (var record : kafka.awaitRecords("danvan.dialogues", r -> id.equals(r.key())
                && "/danvan/dialogue".equals(KafkaTestClient.header(r, "ce_source")), 7, Duration.ofSeconds(30))) {
            types.add(KafkaTestClient.header(record, "ce_type"));
            sequences.add(json.readTree(KafkaTestClient.value(record)).path("sequence").asLong());
        }
        assertThat(types).containsExactly("vn.danvan.dialogue.planned", "vn.danvan.dialogue.question-received",
                "vn.danvan.dialogue.held", "vn.danvan.dialogue.concluded", "vn.danvan.dialogue.commitment-made",
                "vn.danvan.dialogue.commitment-fulfilled", "vn.danvan.dialogue.closed");
        assertThat(sequences).isSorted().doesNotHaveDuplicates();

        // its plan and its conclusion notice are official documents; the notice lists the commitment
        JsonNode documents = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/dialogues/" + id + "/documents"), list -> list.size() == 2);
        assertThat(documents.findValuesAsText("kind")).containsExactly("CONFERENCE_PLAN", "CONFERENCE_CONCLUSION");
        String notice = PdfReading.flatText(http.getBytes(documents.get(1).path("url").asText(), OFFICER, "demo").body());
        assertThat(notice).contains("THÔNG BÁO", "Kết luận hội nghị đối thoại", "Kết luận: sửa đường trong quý",
                "Sửa đường thôn 5", "Xã N'Thol Hạ", today.plusDays(60).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                documents.get(1).path("number").asText());
        assertThat(get("/api/dialogues/" + id).path("history").findValuesAsText("action")).contains("document-issued");
        assertThat(kafka.awaitRecords("danvan.cases", r -> resolvedCase.equals(r.key())
                && "vn.danvan.case.resolved".equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void theCalendarFeedListsTheUnitsPlannedConferencesInICalendarForm() throws Exception {
        LocalDate day = WorkingCalendar.dayOf(java.time.Instant.now()).plusDays(30);
        post("/engine-rest/process-definition/key/" + DialogueConferenceProcess.KEY + "/start", variables(Map.of(
                DialogueConferenceProcess.THEMES,
                "Lịch: chuyển đổi số, dịch vụ công trực tuyến cho người cao tuổi và đồng bào dân tộc thiểu số",
                DialogueConferenceProcess.PLANNED_DATE, day.toString(), DialogueConferenceProcess.PLANNED_TIME, "08:30",
                DialogueConferenceProcess.PLACE, "Nhà văn hóa thôn 1, xã N'Thol Hạ",
                DialogueConferenceProcess.LEADERS, "Chủ tịch UBND xã", DialogueConferenceProcess.QUESTION_DEADLINE,
                day.minusDays(5).toString())), 200);
        String id = mine().stream().filter(c -> c.path("themes").asText().startsWith("Lịch:")).findFirst().orElseThrow()
                .path("conferenceId").asText();
        completeAs(APPROVER, id, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));

        var feed = http.get("/api/dialogues/calendar.ics", OFFICER, "demo");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String ics = feed.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:" + id.toLowerCase() + "@danvan\r\n")
                .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:" + day.toString().replace("-", "") + "T083000\r\n")
                .contains("LOCATION:Nhà văn hóa thôn 1\\, xã N'Thol Hạ");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(http.get("/api/dialogues/calendar.ics", "hiepan1", "demo").body()).doesNotContain(id.toLowerCase());
        assertThat(http.get("/api/dialogues/calendar.ics").statusCode()).isEqualTo(401);
    }

    private String petition(String subject) throws Exception {
        var response = http.postJson("/api/petitions", Petitions.json("ntholha", subject), "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("caseId").asText();
    }

    private List<JsonNode> mine() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        get("/api/dialogues").forEach(list::add);
        return list;
    }

    /** Completes the one open task of this kind the way Tasklist does: engine REST, as the officer. */
    private void complete(String businessKey, String taskKey, Map<String, Object> values) throws Exception {
        completeAs(OFFICER, businessKey, taskKey, values);
    }

    private void completeAs(String user, String businessKey, String taskKey, Map<String, Object> values) throws Exception {
        var found = http.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey,
                user, "demo");
        JsonNode tasks = json.readTree(found.body());
        assertThat(tasks).as(taskKey + " of " + businessKey + " seen by " + user).hasSize(1);
        var done = http.postJson("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", variables(values),
                user, "demo");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    private String variables(Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return json.writeValueAsString(Map.of("variables", variables));
    }

    private void post(String path, String body, int expected) {
        var response = http.postJson(path, body, OFFICER, "demo");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
    }

    private JsonNode get(String path) throws Exception {
        var response = http.get(path, OFFICER, "demo");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
