package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/** First-instance cases in the states a second instance starts from, and the steps of a second instance. */
final class SecondInstanceCases {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final Http http;
    private final ObjectMapper json = new ObjectMapper();
    private final CaseDriver driver;

    SecondInstanceCases(ProcessEngine engine, JdbcClient jdbc, int port) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.http = new Http(port);
        this.driver = new CaseDriver(engine);
    }

    CaseDriver driver() {
        return driver;
    }

    String submit(String unit, String subject) {
        HttpResponse<String> response = http.postJson("/api/petitions", Petitions.json(unit, subject), "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).path("caseId").asText();
    }

    /** A case of this type classified and taken by its commune: it waits at the commune's resolution step. */
    String atCommuneResolution(String unit, String subject, String type, boolean remote) {
        String caseId = submit(unit, subject);
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                Map.of(CaseVariables.CASE_TYPE, type, CaseVariables.SUBJECT_AREA, "LAND",
                CaseVariables.COMPLEXITY, "NORMAL", CaseVariables.REMOTE_AREA, remote,
                CaseVariables.CONCERNS_PARTY_MEMBER, false, CaseVariables.DISTRICT_DECISION, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL"));
        return caseId;
    }

    /** A case the commune decided (the complaint rejected) and whose decision the citizen received: closed. */
    String decidedByCommune(String unit, String subject, String type, boolean remote) {
        String caseId = atCommuneResolution(unit, subject, type, remote);
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionCommuneProcess.VERIFICATION_NOTES, "Đã xác minh tại thực địa",
                CaseVariables.OUTCOME, "REJECTED", CaseVariables.CONCLUSION,
                "Quyết định thu hồi đất đúng quy định, giữ nguyên"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));
        return caseId;
    }

    /** A complaint the district decided on forward from the commune, closed by the commune. */
    String decidedByDistrict(String unit, String subject) {
        String caseId = submit(unit, subject);
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                Map.of(CaseVariables.CASE_TYPE, "COMPLAINT", CaseVariables.SUBJECT_AREA, "LAND",
                CaseVariables.COMPLEXITY, "NORMAL", CaseVariables.REMOTE_AREA, false,
                CaseVariables.CONCERNS_PARTY_MEMBER, false, CaseVariables.DISTRICT_DECISION, true));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON,
                "Quyết định của huyện"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT"));
        driver.complete(caseId, PetitionDistrictProcess.TASK_RESOLVE,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE", CaseVariables.OUTCOME, "REJECTED",
                CaseVariables.CONCLUSION, "Giữ nguyên quyết định", PetitionDistrictProcess.DECISION_NUMBER,
                "12/QĐ-UBND"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));
        return caseId;
    }

    /** Completes the case's task as the officer would in Tasklist: signed in with their groups, so authorizations apply. */
    void completeAs(String user, String caseId, String taskDefinitionKey, Map<String, Object> variables) {
        String taskId = driver.awaitTask(caseId, taskDefinitionKey).getId();
        java.util.List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(taskId, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    HttpResponse<String> request(String caseId, String reason, String user) {
        return http.postJson("/api/cases/" + caseId + "/second-instance",
                reason == null ? "{}" : "{\"reason\": \"" + reason + "\"}", user, "demo");
    }

    /** Asks as an officer who may see the case and returns the second-instance case's id. */
    String requested(String caseId, String user) {
        HttpResponse<String> response = request(caseId, "Không đồng ý với quyết định giải quyết lần đầu", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).path("secondCaseId").asText();
    }

    JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Http http() {
        return http;
    }

    java.util.List<String> actions(String caseId) {
        return jdbc.sql("SELECT action FROM case_timeline WHERE case_id = ? ORDER BY sequence").param(caseId)
                .query(String.class).list();
    }

    String status(String caseId) {
        return jdbc.sql("SELECT status FROM petition_case WHERE case_id = ?").param(caseId).query(String.class).single();
    }

    void awaitDocument(String caseId, String kind) {
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT count(*) FROM document WHERE subject_id = ? AND kind = ?").params(caseId, kind)
                .query(Long.class).single() > 0);
    }

    long secondInstanceRows(String firstCaseId) {
        return jdbc.sql("SELECT count(*) FROM second_instance WHERE first_case_id = ?").param(firstCaseId)
                .query(Long.class).single();
    }

    ProcessEngine engine() {
        return engine;
    }
}
