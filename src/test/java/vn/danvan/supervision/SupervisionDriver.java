package vn.danvan.supervision;

import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;

/** Works a campaign through the engine API the way officers do in Tasklist. */
final class SupervisionDriver {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    SupervisionDriver(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** Enters a campaign with the start form, as an officer of the unit (or the admin) does; returns its id. */
    String enter(String unitCode, int year, String subject, String body, String linkedCaseIds) {
        Map<String, Object> form = new HashMap<>(Map.of(SupervisionCampaignProcess.UNIT_CODE, unitCode,
                SupervisionCampaignProcess.YEAR, (long) year, SupervisionCampaignProcess.PLANNED_QUARTER, "2",
                SupervisionCampaignProcess.SUBJECT, subject, SupervisionCampaignProcess.SUPERVISED_BODY, body));
        if (linkedCaseIds != null) {
            form.put("linkedCaseIds", linkedCaseIds);
        }
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SupervisionCampaignProcess.KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
        try {
            return engine.getFormService().submitStartForm(definitionId, form).getBusinessKey();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** From the committee's agreement to the final report with these recommendations. */
    void driveToFinalReport(String campaignId, List<String> recommendations) {
        complete(campaignId, SupervisionCampaignProcess.TASK_AGREE,
                Map.of(SupervisionCampaignProcess.AGREEMENT, "AGREE", SupervisionCampaignProcess.AGREEMENT_NOTE,
                "Thống nhất"));
        complete(campaignId, SupervisionCampaignProcess.TASK_FORM_TEAM,
                Map.of(SupervisionCampaignProcess.DECISION_NUMBER, "QĐ 12/QĐ-MTTQ",
                SupervisionCampaignProcess.TEAM_LEADER, "Phó Chủ tịch",
                SupervisionCampaignProcess.PLAN_SUMMARY, "Giám sát việc thực hiện chính sách"));
        complete(campaignId, SupervisionCampaignProcess.TASK_SEND_NOTICE,
                Map.of(SupervisionCampaignProcess.NOTICE_NUMBER, "TB 05/TB-MTTQ"));
        complete(campaignId, SupervisionCampaignProcess.TASK_SELF_REPORT,
                Map.of(SupervisionCampaignProcess.SELF_REPORT, "Báo cáo tự kiểm tra của xã"));
        complete(campaignId, SupervisionCampaignProcess.TASK_FIELD_WORK,
                Map.of(SupervisionCampaignProcess.FIELD_WORK_NOTES, "Làm việc tại 3 thôn"));
        complete(campaignId, SupervisionCampaignProcess.TASK_DISCUSS_DRAFT,
                Map.of(SupervisionCampaignProcess.DRAFT_COMMENTS, "Xã thống nhất dự thảo"));
        Map<String, Object> report = new HashMap<>(Map.of(SupervisionCampaignProcess.REPORT_NUMBER, "BC 20/BC-MTTQ",
                SupervisionCampaignProcess.FINDINGS, "Còn chậm"));
        for (int i = 0; i < recommendations.size(); i++) {
            report.put("recommendation" + (i + 1), recommendations.get(i));
        }
        complete(campaignId, SupervisionCampaignProcess.TASK_FINAL_REPORT, report);
    }

    Task task(String businessKey, String taskKey) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(businessKey, taskKey).getId(), variables);
    }

    String status(String campaignId) {
        return jdbc.sql("SELECT status FROM supervision_campaign WHERE campaign_id = ?").param(campaignId)
                .query(String.class).single();
    }

    String state(String recommendationId) {
        return jdbc.sql("SELECT state FROM supervision_recommendation WHERE recommendation_id = ?").param(recommendationId)
                .query(String.class).single();
    }

    List<String> actions(String campaignId) {
        return jdbc.sql("SELECT action FROM supervision_history WHERE campaign_id = ? ORDER BY id").param(campaignId)
                .query(String.class).list();
    }

    List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    /** A service account of a supervised body (group supervisionservice), created once. */
    void serviceAccount(String userId, String password) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            var user = identity.newUser(userId);
            user.setPassword(password);
            vn.danvan.support.SeedAccounts.save(identity, user);
            identity.createMembership(userId, vn.danvan.organization.Role.SUPERVISION_SERVICE.groupId());
        }
    }
}
