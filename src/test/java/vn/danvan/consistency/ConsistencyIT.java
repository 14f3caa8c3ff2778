package vn.danvan.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.ConsistencyCheck;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/**
 * The checker finds what was planted on purpose: a case whose process was deleted behind its back
 * (the nightly run, its metric and the administrators' report), a gap in a case's numbering, and a
 * case marked resolved while its process still waited, which the administrator's repair moves on.
 */
@DanvanIntegrationTest
class ConsistencyIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    NightlyConsistencyCheck nightly;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    private String newCase(String subject) throws Exception {
        var response = new Http(port).postJson("/api/petitions", Petitions.json("hiepan", subject), "hiepan1", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String caseId = json.readTree(response.body()).path("caseId").asText();
        new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);
        return caseId;
    }

    private JsonNode violationsOf(String path, String caseId) throws Exception {
        var response = new Http(port).get(path, "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        return json.valueToTree(report.path("violations").findParents("subjectId").stream()
                .filter(v -> v.path("subjectId").asText().equals(caseId)).toList());
    }

    @Test
    void theNightlyRunReportsACaseWhoseProcessWasDeletedBehindItsBack() throws Exception {
        String caseId = newCase("Đơn thử: quy trình bị xóa ngoài hệ thống");
        ConsistencyCheck.planted(caseId);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .singleResult().getId();
        engine.getRuntimeService().deleteProcessInstance(instance, "planted by ConsistencyIT", true);

        // the nightly run leaves the last minutes' changes to settle: it runs as if later
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + CheckScope.SETTLING.toMillis() + 60_000));
        ConsistencyReport report = nightly.run();
        assertThat(report.violations()).filteredOn(v -> v.subjectId().equals(caseId))
                .extracting(Violation::invariant, Violation::detail)
                .contains(tuple("case-process", "status RECEIVED at level COMMUNE but no active petition-commune"));
        assertThat(meters.get("danvan.consistency.violations").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(report.checked()).isPositive();

        assertThat(violationsOf("/api/admin/consistency", caseId).findValuesAsText("invariant")).contains("case-process");
        ClockUtil.reset();
        // one case on demand: it just changed, so it counts once settled, as the nightly run saw it; and
        // settled past the first clock too, since a consumer may have stamped the case while it stood ahead
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2 * (CheckScope.SETTLING.toMillis() + 60_000)));
        assertThat(violationsOf("/api/admin/consistency/cases/" + caseId, caseId).findValuesAsText("invariant"))
                .contains("case-process");
    }

    @Test
    void onlyAdministratorsAskAndAnUnknownCaseIsNotFound() {
        Http http = new Http(port);
        assertThat(http.get("/api/admin/consistency", "hiepan1", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/admin/consistency/cases/HIEPAN-2026-99999", "lanhdao1", "demo").statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/admin/consistency/cases/HIEPAN-2026-99999", "admin", "demo").statusCode())
                .isEqualTo(404);
        assertThat(http.postJson("/api/admin/consistency/cases/HIEPAN-2026-99999/repair", "{}", "hiepan1", "demo")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aGapInACasesNumberingIsFound() throws Exception {
        String caseId = newCase("Đơn thử: số thứ tự bị nhảy");
        ConsistencyCheck.planted(caseId);
        jdbc.sql("UPDATE petition_case SET last_sequence = last_sequence + 1 WHERE case_id = ?").param(caseId).update();

        assertThat(violationsOf("/api/admin/consistency/cases/" + caseId, caseId).findValuesAsText("invariant"))
                .contains("event-sequence");
    }

    @Test
    void aResolvedCaseWhoseProcessStillWaitsIsFoundAndTheRepairMovesItToInformingTheCitizen() throws Exception {
        String caseId = newCase("Đơn thử: đã có kết quả nhưng quy trình còn chờ");
        ConsistencyCheck.planted(caseId); // its dashboard row keeps the status its events said
        jdbc.sql("""
                UPDATE petition_case SET status = 'RESOLVED', outcome = 'ANSWERED', conclusion = 'Đã trả lời trực tiếp'
                WHERE case_id = ?""").param(caseId).update();
        assertThat(violationsOf("/api/admin/consistency/cases/" + caseId, caseId).findValuesAsText("detail"))
                .contains("status RESOLVED but its process still waits at a step that resolves it");

        var repaired = new Http(port).postJson("/api/admin/consistency/cases/" + caseId + "/repair", "{}", "admin", "demo");
        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
        assertThat(json.readTree(repaired.body()).path("violations").findValuesAsText("invariant"))
                .doesNotContain("case-process");
        Task inform = await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).singleResult(), Objects::nonNull);
        assertThat(inform.getTaskDefinitionKey()).isEqualTo(PetitionCommuneProcess.TASK_INFORM_CITIZEN);
        assertThat(jdbc.sql("SELECT action FROM case_timeline WHERE case_id = ? ORDER BY sequence").param(caseId)
                .query(String.class).list()).contains("repaired");
        assertThat(jdbc.sql("SELECT count(*) FROM deadline WHERE subject_id = ? AND state = 'OPEN'").param(caseId)
                .query(Long.class).single()).isEqualTo(1);
    }
}
