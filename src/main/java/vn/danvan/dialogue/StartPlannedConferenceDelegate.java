package vn.danvan.dialogue;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The unit filled in its plan on the yearly prompt: the conference's own process starts with it. */
@Component("startPlannedConferenceDelegate")
class StartPlannedConferenceDelegate implements JavaDelegate {

    static final String[] PLAN_FIELDS = {DialogueConferenceProcess.THEMES, DialogueConferenceProcess.PLANNED_DATE,
            DialogueConferenceProcess.PLANNED_TIME, DialogueConferenceProcess.PLACE, DialogueConferenceProcess.LEADERS,
            DialogueConferenceProcess.INVITED_GROUPS, DialogueConferenceProcess.QUESTION_DEADLINE};

    private final RuntimeService runtimeService;

    StartPlannedConferenceDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> plan = new HashMap<>();
        for (String field : PLAN_FIELDS) {
            plan.put(field, execution.getVariable(field));
        }
        plan.put(DialogueConferenceProcess.UNIT_CODE, execution.getVariable(DialogueYearlyPromptProcess.UNIT_CODE));
        String officer = StepSupport.actor();
        plan.put(DialogueConferenceProcess.INITIATOR, StepSupport.SYSTEM.equals(officer) ? null : officer);
        String instanceId = runtimeService.startProcessInstanceByKey(DialogueConferenceProcess.KEY, plan).getId();
        execution.setVariable(DialogueYearlyPromptProcess.CONFERENCE_INSTANCE_ID, instanceId);
    }
}
