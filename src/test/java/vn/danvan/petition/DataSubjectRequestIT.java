package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/** A citizen asks to correct their data on the portal; the handling unit's officer does it in Tasklist. */
@DanvanIntegrationTest
class DataSubjectRequestIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectionRequestBecomesTheHandlingUnitsTaskAndItsAnswerCorrectsTheCase() throws Exception {
        Http http = new Http(port);
        JsonNode receipt = json.readTree(http.postJson("/api/petitions", Petitions.json("liennghia", "Yêu cầu sửa dữ liệu"),
                "liennghia1", "demo").body());
        String caseId = receipt.path("caseId").asText();
        String code = receipt.path("trackingCode").asText();

        var filed = http.postJsonWith("/api/public/cases/" + code + "/data-requests",
                "{\"kind\": \"CORRECTION\", \"details\": \"Số điện thoại đúng là 0987 111 222\"}",
                java.util.Map.of("X-Forwarded-For", "10.31.0.1"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        Instant due = Instant.parse(json.readTree(filed.body()).path("dueAt").asText());
        assertThat(due).isBetween(Instant.now().plus(Duration.ofHours(71)), Instant.now().plus(Duration.ofHours(73)));

        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(DataSubjectRequestProcess.KEY)
                .processInstanceBusinessKey(caseId).singleResult();
        assertThat(task.getName()).isEqualTo("Trả lời yêu cầu về dữ liệu cá nhân · " + caseId);
        assertThat(task.getDueDate().toInstant()).isEqualTo(due);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("liennghia"));
        assertThat(json.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&processDefinitionKey=" + DataSubjectRequestProcess.KEY, "hiepan1", "demo").body())).isEmpty();
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId())
                .list()).noneSatisfy(v -> assertThat(String.valueOf(v.getValue())).contains("0987"));

        // the officer reads the request beside the petitioner's data in the task's tab (an audited view)
        JsonNode subject = json.readTree(http.get("/api/documents/tasks/" + task.getId(), "liennghia1", "demo").body());
        JsonNode view = json.readTree(http.get(subject.path("view").asText(), "liennghia1", "demo").body());
        assertThat(view.path("dataRequests").get(0).path("details").asText()).contains("0987 111 222");
        assertThat(view.path("dataRequests").get(0).path("state").asText()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT details FROM data_subject_request WHERE case_id = ?").param(caseId).query(String.class)
                .single()).as("stored encrypted").startsWith("v1:").doesNotContain("0987");

        var done = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", """
                {"variables": {"outcome": {"value": "CORRECTED"}, "answer": {"value": "Đã sửa số điện thoại, báo lại qua điện thoại"},
                 "newPhone": {"value": "0987 111 222"}}}""", "liennghia1", "demo");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        JsonNode after = json.readTree(http.get("/api/cases/" + caseId, "liennghia1", "demo").body());
        assertThat(after.path("petitioner").path("phone").asText()).isEqualTo("0987 111 222");
        assertThat(after.path("petitioner").path("fullName").asText()).isEqualTo("Nguyễn Văn Bình");
        assertThat(after.path("dataRequests").get(0).path("state").asText()).isEqualTo("ANSWERED");
        assertThat(after.path("timeline").findValuesAsText("action")).contains("data-request", "data-request-answered");
        assertThat(after.path("timeline").toString()).contains("Đã chỉnh sửa dữ liệu cá nhân theo yêu cầu (số điện thoại)")
                .doesNotContain("0987");
        assertThat(jdbc.sql("SELECT count(*) FROM act_ru_variable WHERE text_ LIKE '%0987%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT user_id FROM audit_log WHERE case_id = ? AND action = 'DATA_REQUEST_ANSWERED'")
                .param(caseId).query(String.class).list()).containsExactly("liennghia1");
        assertThat(json.readTree(http.get("/api/public/cases/" + code).body()).path("steps").findValuesAsText("label"))
                .contains("Công dân yêu cầu về dữ liệu cá nhân", "Trả lời yêu cầu về dữ liệu cá nhân");
    }

    @Test
    void aRequestThatIsNotOneIsRefusedNamingTheField() throws Exception {
        Http http = new Http(port);
        String code = json.readTree(http.postJson("/api/petitions", Petitions.json("liennghia", "Yêu cầu sai"),
                "liennghia1", "demo").body()).path("trackingCode").asText();
        var from = java.util.Map.of("X-Forwarded-For", "10.31.0.2");
        var wrongKind = http.postJsonWith("/api/public/cases/" + code + "/data-requests", "{\"kind\": \"DELETE\"}", from);
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(wrongKind.body()).contains("kind");
        var noDetails = http.postJsonWith("/api/public/cases/" + code + "/data-requests", "{\"kind\": \"CORRECTION\"}", from);
        assertThat(noDetails.statusCode()).isEqualTo(400);
        assertThat(noDetails.body()).contains("details");
        assertThat(http.postJsonWith("/api/public/cases/AAAA-BBBB-CCCC/data-requests", "{\"kind\": \"ACCESS\"}", from)
                .statusCode()).isEqualTo(404);
    }
}
