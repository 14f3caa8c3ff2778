package vn.danvan.petition;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the processes of a case that was settled outside its own steps (a dialogue commitment that
 * answers it, or an administrator's repair of a case found resolved while its process still waited):
 * the processes above the commune end, and the commune's process goes to the step that informs the
 * citizen, where a result from above would have taken it. Camunda's process instance modification
 * makes the move, so the diagram keeps one path for the common case and the steps' own listeners
 * still close the deadlines of the tasks left and open the new one's.
 */
@Component
public class SettledCaseProcesses {

    private static final Logger log = LoggerFactory.getLogger(SettledCaseProcesses.class);

    private final RuntimeService runtimeService;

    SettledCaseProcesses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Whether the case's commune process waits anywhere but at informing the citizen. */
    public boolean waitsElsewhere(String caseId) {
        ProcessInstance commune = commune(caseId);
        if (commune == null) {
            return false;
        }
        ActivityInstance tree = runtimeService.getActivityInstance(commune.getId());
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            if (!PetitionCommuneProcess.STEP_INFORM_CITIZEN.equals(child.getActivityId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends the case's processes above the commune and moves the commune's to informing the citizen,
     * with the result's variables; nothing to do where it is there already.
     */
    public void moveToInformCitizen(String caseId, String outcome, String conclusion, String reason) {
        for (String key : new String[] {PetitionDistrictProcess.KEY, PetitionCommitteeProcess.KEY}) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).processDefinitionKey(key)
                    .list().forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), reason));
        }
        ProcessInstance commune = commune(caseId);
        if (commune == null || !waitsElsewhere(caseId)) {
            return;
        }
        var move = runtimeService.createProcessInstanceModification(commune.getId());
        for (ActivityInstance child : runtimeService.getActivityInstance(commune.getId()).getChildActivityInstances()) {
            move.cancelActivityInstance(child.getId());
        }
        Map<String, Object> result = new HashMap<>();
        result.put(CaseVariables.OUTCOME, outcome);
        result.put(CaseVariables.OUTCOME_LABEL, outcome == null ? null : Outcome.labelOf(outcome));
        result.put(CaseVariables.CONCLUSION, conclusion);
        move.startBeforeActivity(PetitionCommuneProcess.STEP_INFORM_CITIZEN).setVariables(result).execute();
        log.info("Case {} settled outside its steps ({}): its commune process now informs the citizen", caseId, reason);
    }

    private ProcessInstance commune(String caseId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(PetitionCommuneProcess.KEY).singleResult();
    }
}
