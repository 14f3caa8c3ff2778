package vn.danvan.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.danvan.petition.CaseVariables;

/** Works cases through the engine API the way officers do in Tasklist, and waits for handoffs. */
public final class CaseDriver {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ProcessEngine engine;

    public CaseDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Waits (handoffs travel through Kafka) until the case has an open task of this kind. */
    public Task awaitTask(String caseId, String taskDefinitionKey) {
        return await().atMost(PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey(taskDefinitionKey).singleResult(),
                task -> task != null);
    }

    public void complete(String caseId, String taskDefinitionKey, Map<String, Object> variables) {
        engine.getTaskService().complete(awaitTask(caseId, taskDefinitionKey).getId(), variables);
    }

    public void completeAs(String userId, String caseId, String taskDefinitionKey, Map<String, Object> variables) {
        Task task = awaitTask(caseId, taskDefinitionKey);
        engine.getIdentityService().setAuthenticatedUserId(userId);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public ProcessInstance instance(String caseId, String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(processKey).singleResult();
    }

    public org.camunda.bpm.engine.history.HistoricProcessInstance history(String caseId, String processKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(processKey).singleResult();
    }

    public static Map<String, Object> classification(String type, String area, boolean partyMember,
            boolean districtDecision) {
        return Map.of(CaseVariables.CASE_TYPE, type, CaseVariables.SUBJECT_AREA, area, CaseVariables.COMPLEXITY,
                "NORMAL",
                CaseVariables.REMOTE_AREA, false, CaseVariables.CONCERNS_PARTY_MEMBER, partyMember,
                CaseVariables.DISTRICT_DECISION, districtDecision);
    }
}
