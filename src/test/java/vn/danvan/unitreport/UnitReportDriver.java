package vn.danvan.unitreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.Http;

/** Works a reporting period through its REST doors and the engine API, as the district and the units do. */
final class UnitReportDriver {

    final ProcessEngine engine;
    final JdbcClient jdbc;
    final Http http;
    final ObjectMapper json;

    UnitReportDriver(ProcessEngine engine, JdbcClient jdbc, Http http, ObjectMapper json) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.http = http;
        this.json = json;
    }

    /** The units that must report, read from the unit table by the rule docs/reporting.md states. */
    List<String> reportingUnits() {
        return jdbc.sql("""
                SELECT code FROM unit WHERE active AND kind IN ('FRONT', 'ORGANISATION')
                  AND level_code IN ('DISTRICT', 'COMMUNE') ORDER BY code""").query(String.class).list();
    }

    String reportIdOf(String period, String unit) {
        return period + "-" + unit;
    }

    void open(String period, String user) {
        var response = http.postJson("/api/unit-reports/periods", "{\"period\": \"" + period + "\"}", user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    List<Task> submitTasks(String period, int count) {
        // some eighty processes started by one job: more time than one step needs
        return await().atMost(CaseDriver.PATIENCE.multipliedBy(4)).until(() -> engine.getTaskService().createTaskQuery()
                .processVariableValueEquals(UnitReportFilingProcess.PERIOD_ID, period)
                .taskDefinitionKey(UnitReportFilingProcess.TASK_SUBMIT).list(), tasks -> tasks.size() == count);
    }

    Task task(String reportId, String taskKey) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(reportId).taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    String unitOf(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), UnitReportFilingProcess.UNIT_CODE);
    }

    List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    /** Valid figures: every part within its whole, every percentage within 0-100. */
    static Map<String, Object> figures(double gathered, double active, boolean good, int branches, int branchesGood,
            int officers, int trained, int models, int areas, int typical, int model, int difficult) {
        Map<String, Object> f = new HashMap<>();
        f.put("peopleGatheredPercent", gathered);
        f.put("membersActivePercent", active);
        f.put("ratedGoodOrBetter", good);
        f.put("branchesTotal", branches);
        f.put("branchesGoodOrBetter", branchesGood);
        f.put("officersTotal", officers);
        f.put("officersTrained", trained);
        f.put("modelInitiatives", models);
        f.put("residentialAreasTotal", areas);
        f.put("residentialAreasTypical", typical);
        f.put("residentialAreasModel", model);
        f.put("difficultAreasSupported", difficult);
        return f;
    }

    static Map<String, Object> typical() {
        return figures(96.5, 91, true, 12, 11, 20, 20, 2, 0, 0, 0, 1);
    }

    String body(Map<String, Object> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> deadlineOf(String taskId) {
        return jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(taskId).query().singleRow();
    }

    Map<String, Object> report(String reportId) {
        return jdbc.sql("SELECT * FROM unit_report WHERE report_id = ?").param(reportId).query().singleRow();
    }

    List<String> actions(String periodId) {
        return jdbc.sql("SELECT action FROM unit_report_history WHERE period_id = ? ORDER BY id").param(periodId)
                .query(String.class).list();
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** Accepts every report of the period that waits for review, as the commission's officer in Tasklist would. */
    void acceptWaiting(String period) {
        for (Task review : engine.getTaskService().createTaskQuery()
                .processVariableValueEquals(UnitReportFilingProcess.PERIOD_ID, period)
                .taskDefinitionKey(UnitReportFilingProcess.TASK_REVIEW).list()) {
            engine.getTaskService().complete(review.getId(),
                    Map.of(UnitReportFilingProcess.REVIEW_DECISION, UnitReportFilingProcess.ACCEPT));
        }
    }
}
