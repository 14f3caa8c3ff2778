package vn.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaCaseEvents;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/** A denouncer's identity, and the audit trail of who looked. */
@DanvanIntegrationTest
class PrivacyIT {

    static final String DENOUNCER = "Hoàng Văn Tố";

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

    @Test
    void theDenouncerIsKnownOnlyToTheHandlingUnitAndTheCommitteeAndNeverLeavesInAListExportOrEvent() throws Exception {
        String body = Petitions.json("liennghia", "Tố cáo cán bộ địa chính", "DENUNCIATION").replace("Nguyễn Văn Bình", DENOUNCER);
        String caseId = json.readTree(new Http(port).postJson("/api/petitions", body, "liennghia1", "demo").body())
                .path("caseId").asText();
        assertThat(petitioner(caseId, "liennghia1")).isEqualTo(DENOUNCER);

        CaseDriver driver = new CaseDriver(engine);
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Tố cáo cán bộ xã"));
        driver.awaitTask(caseId, PetitionDistrictProcess.TASK_ACCEPT);

        assertThat(petitioner(caseId, "liennghia1")).doesNotContain(DENOUNCER).contains("ẩn danh");
        assertThat(petitioner(caseId, "huyen1")).isEqualTo(DENOUNCER);
        assertThat(petitioner(caseId, "huyenuy1")).isEqualTo(DENOUNCER);
        assertThat(new Http(port).get("/api/cases?subject=T%E1%BB%91%20c%C3%A1o", "liennghia1", "demo").body())
                .contains(caseId).doesNotContain(DENOUNCER);
        assertThat(new Http(port).get("/api/dashboard/cases.csv?unit=liennghia", "huyen1", "demo").body())
                .doesNotContain(DENOUNCER);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            assertThat(KafkaCaseEvents.await(kafka, caseId, 3)).allSatisfy(
                    record -> assertThat(KafkaTestClient.value(record)).doesNotContain(DENOUNCER).doesNotContain("0912"));
        }
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(
                driver.instance(caseId, PetitionDistrictProcess.KEY).getId()).list())
                .noneSatisfy(variable -> assertThat(String.valueOf(variable.getValue())).contains(DENOUNCER));
    }

    @Test
    void theAuditTrailRecordsViewsAndChangesAndCannotBeEdited() throws Exception {
        String caseId = json.readTree(new Http(port).postJson("/api/petitions", Petitions.json("liennghia", "Nhật ký"),
                "liennghia1", "demo").body()).path("caseId").asText();
        new Http(port).get("/api/cases/" + caseId, "huyenuy1", "demo");

        JsonNode trail = json.readTree(new Http(port).get("/api/audit?caseId=" + caseId, "admin", "demo").body());
        assertThat(trail.findValuesAsText("action")).contains("CASE_RECEIVED", "CASE_VIEW");
        assertThat(trail.findValuesAsText("user_id")).contains("liennghia1", "huyenuy1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE case_id = ?")
                .param(caseId).update()).hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET user_id = 'x'").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void everyViewOfAPetitionersIdentityIsAuditedAlsoThroughTasklistsCaseTab() throws Exception {
        String caseId = json.readTree(new Http(port).postJson("/api/petitions", Petitions.json("liennghia", "Nhật ký xem danh tính"),
                "liennghia1", "demo").body()).path("caseId").asText();
        String denunciation = json.readTree(new Http(port).postJson("/api/petitions",
                Petitions.json("liennghia", "Nhật ký tố cáo", "DENUNCIATION"), "liennghia1", "demo").body()).path("caseId").asText();
        String taskId = new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY).getId();

        // what the tab "Hồ sơ, văn bản" of Tasklist's task view does (danvan-documents.js): ask what the
        // task works on, then read the case from the address given
        JsonNode subject = json.readTree(new Http(port).get("/api/documents/tasks/" + taskId, "liennghia1", "demo").body());
        var tab = new Http(port).get(subject.path("view").asText(), "liennghia1", "demo");
        assertThat(tab.statusCode()).isEqualTo(200);
        assertThat(json.readTree(tab.body()).path("petitioner").path("fullName").asText()).isEqualTo("Nguyễn Văn Bình");
        new Http(port).get("/api/cases/" + caseId, "huyenuy1", "demo");
        new Http(port).get("/api/cases/" + denunciation, "admin", "demo");

        assertThat(views(caseId)).contains("liennghia1 with petitioner (Tasklist, task " + taskId + ")",
                "huyenuy1 with petitioner");
        assertThat(views(denunciation)).containsExactly("admin petitioner masked");
    }

    private java.util.List<String> views(String caseId) {
        return jdbc.sql("SELECT user_id || ' ' || detail FROM audit_log WHERE case_id = ? AND action = 'CASE_VIEW' ORDER BY id")
                .param(caseId).query(String.class).list();
    }

    private String petitioner(String caseId, String user) throws Exception {
        var response = new Http(port).get("/api/cases/" + caseId, user, "demo");
        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("petitioner").path("fullName").asText();
    }
}
