package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.Http;

/** Works a criticism through its REST door and the engine API the way Front and organisation officers do. */
final class CriticismDriver {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final Http http;
    private final ObjectMapper json;

    CriticismDriver(ProcessEngine engine, JdbcClient jdbc, Http http, ObjectMapper json) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.http = http;
        this.json = json;
    }

    /** Registers a draft over REST as the officer; returns the criticism's id. */
    String register(String unitCode, String user, String title, String authority, LocalDate receivedOn) {
        String body = """
                {"unitCode": "%s", "title": "%s", "authorityName": "%s",
                 "draftReference": "Công văn 120/UBND kèm dự thảo", "receivedOn": "%s"}"""
                .formatted(unitCode, title, authority, receivedOn);
        var response = http.postJson("/api/criticisms", body, user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body()).path("criticismId").asText();
    }

    /** From the form's choice to the criticism document, every organisation giving its opinion. */
    void driveToResponse(String id, String form, int organisations) {
        chooseAndPrepare(id, form);
        for (Task task : opinionTasks(id, organisations)) {
            engine.getTaskService().complete(task.getId(),
                    Map.of(SocialCriticismOpinionProcess.OPINION, "Ý kiến của " + groupsOf(task).get(0)));
        }
        complete(id, SocialCriticismProcess.TASK_EXPERT_OPINIONS, Map.of());
        complete(id, SocialCriticismProcess.TASK_ISSUE_CRITICISM,
                Map.of(SocialCriticismProcess.SUMMARY, "Dự thảo cơ bản phù hợp",
                SocialCriticismProcess.RECOMMENDATIONS, "Bổ sung phương án hỗ trợ sinh kế"));
        task(id, SocialCriticismProcess.TASK_RECORD_RESPONSE);
    }

    void chooseAndPrepare(String id, String form) {
        complete(id, SocialCriticismProcess.TASK_CHOOSE_FORM, Map.of(SocialCriticismProcess.FORM, form));
        switch (form) {
            case "CONFERENCE" -> complete(id, SocialCriticismProcess.TASK_PREPARE_CONFERENCE,
                    Map.of(SocialCriticismProcess.CONFERENCE_DATE, "2026-12-05",
                    SocialCriticismProcess.CONFERENCE_PLACE, "Hội trường Ủy ban MTTQ"));
            case "WRITTEN" -> complete(id, SocialCriticismProcess.TASK_SEND_FOR_COMMENTS,
                    Map.of(SocialCriticismProcess.LETTER_NUMBER, "15/MTTQ-BTT", SocialCriticismProcess.RECIPIENTS,
                    "Các tổ chức chính trị - xã hội"));
            default -> complete(id, SocialCriticismProcess.TASK_CONVENE_COUNCIL,
                    Map.of(SocialCriticismProcess.COUNCIL_DECISION, "05/QĐ-MTTQ",
                    SocialCriticismProcess.COUNCIL_MEMBERS, "5 thành viên"));
        }
    }

    /** The organisations' opinion tasks of a criticism, once all of them exist. */
    List<Task> opinionTasks(String id, int count) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processVariableValueEquals(SocialCriticismProcess.CRITICISM_ID, id)
                .taskDefinitionKey(SocialCriticismOpinionProcess.TASK_GIVE_OPINION).orderByTaskId().asc().list(),
                tasks -> tasks.size() == count);
    }

    Task task(String businessKey, String taskKey) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(businessKey, taskKey).getId(), variables);
    }

    List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    Map<String, Object> row(String id) {
        return jdbc.sql("SELECT * FROM criticism WHERE criticism_id = ?").param(id).query().singleRow();
    }

    List<String> actions(String id) {
        return jdbc.sql("SELECT action FROM criticism_history WHERE criticism_id = ? ORDER BY id").param(id)
                .query(String.class).list();
    }

    Map<String, Object> deadlineOf(String taskId) {
        return jdbc.sql("SELECT * FROM deadline WHERE task_id = ?").param(taskId).query().singleRow();
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
