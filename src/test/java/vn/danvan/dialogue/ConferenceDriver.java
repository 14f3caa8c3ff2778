package vn.danvan.dialogue;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.CaseDriver;

/** Drives conferences through the engine API the way officers do in Tasklist, and reads their records. */
final class ConferenceDriver {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    ConferenceDriver(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** An officer of a unit without a demo account (password demo), created once. */
    String officer(String userId, String unitCode) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName("Cán bộ");
            user.setLastName(unitCode);
            user.setPassword("demo");
            vn.danvan.support.SeedAccounts.save(identity, user);
            identity.createMembership(userId, unitCode);
        }
        return userId;
    }

    static Map<String, Object> plan(String themes, LocalDate plannedDate, LocalDate questionDeadline) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("themes", themes);
        plan.put("plannedDate", plannedDate.toString());
        plan.put("plannedTime", "08:00");
        plan.put("place", "Hội trường UBND xã");
        plan.put("leaders", "Bí thư Đảng ủy, Chủ tịch UBND xã");
        plan.put("invitedGroups", "Đại diện các thôn");
        plan.put("questionDeadline", questionDeadline.toString());
        return plan;
    }

    /** Starts a conference as the officer (the start form of Tasklist) and returns its id. */
    String start(String userId, Map<String, Object> plan) {
        String instanceId;
        authenticate(userId);
        try {
            instanceId = engine.getRuntimeService().startProcessInstanceByKey(DialogueConferenceProcess.KEY,
                    plan).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
    }

    /** As Tasklist does: the officer and the groups of their units, so that group authorizations apply. */
    private void authenticate(String userId) {
        var identity = engine.getIdentityService();
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }

    Task task(String businessKey, String taskKey) {
        return new CaseDriver(engine).awaitTask(businessKey, taskKey);
    }

    List<Task> tasks(String businessKey, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
    }

    void complete(String userId, String businessKey, String taskKey, Map<String, Object> variables) {
        completeTask(userId, task(businessKey, taskKey).getId(), variables);
    }

    void completeTask(String userId, String taskId, Map<String, Object> variables) {
        authenticate(userId);
        try {
            engine.getTaskService().complete(taskId, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** An officer of the Party committee of a commune: it approves the commune's plans. */
    String approverOf(String commune) {
        return officer(commune + "danguy1", commune + "danguy");
    }

    /** An officer of the Front committee of a commune: it confirms the commune's commitments. */
    String frontOf(String commune) {
        return officer(commune + "mttq1", commune + "mttq");
    }

    /** The commune's Party committee approves the plan; the commune closes the collection by hand. */
    void approveAndCloseCollection(String userId, String commune, String conferenceId) {
        complete(approverOf(commune), conferenceId, DialogueConferenceProcess.TASK_APPROVE_PLAN,
                Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));
        complete(userId, conferenceId, DialogueConferenceProcess.TASK_CLOSE_COLLECTION, Map.of());
    }

    static Map<String, Object> held(String answered, String numbers) {
        Map<String, Object> held = new HashMap<>(Map.of(DialogueConferenceProcess.ATTENDANCE, 120L,
                DialogueConferenceProcess.MINUTES, "Biên bản hội nghị",
                DialogueConferenceProcess.ANSWERED_ON_THE_SPOT, answered));
        if (numbers != null) {
            held.put("answeredNumbers", numbers);
        }
        return held;
    }

    static Map<String, Object> conclusion(String owner, String content, LocalDate due) {
        Map<String, Object> conclusion = new HashMap<>(Map.of(DialogueConferenceProcess.CONCLUSION,
                "Kết luận của Bí thư", DialogueConferenceProcess.NOTICE_NUMBER, "TB-01"));
        if (content != null) {
            conclusion.putAll(Map.of(DialogueConferenceProcess.commitmentContent(1), content,
                    DialogueConferenceProcess.commitmentOwner(1), owner,
                    DialogueConferenceProcess.commitmentDue(1), due.toString()));
        }
        return conclusion;
    }

    String status(String conferenceId) {
        return jdbc.sql("SELECT status FROM dialogue_conference WHERE conference_id = ?").param(conferenceId)
                .query(String.class).single();
    }

    List<String> actions(String conferenceId) {
        return jdbc.sql("SELECT action FROM dialogue_history WHERE conference_id = ? ORDER BY sequence")
                .param(conferenceId).query(String.class).list();
    }

    Map<String, Object> commitment(String commitmentId) {
        return jdbc.sql("SELECT * FROM dialogue_commitment WHERE commitment_id = ?").param(commitmentId).query().singleRow();
    }

    boolean ended(String businessKey, String processKey, String endEventId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey).processDefinitionKey(processKey).singleResult().getId())
                .activityId(endEventId).finished().count() == 1;
    }

    void awaitAction(String conferenceId, String action) {
        await().atMost(CaseDriver.PATIENCE).until(() -> actions(conferenceId).contains(action));
    }

    static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    static void clock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
