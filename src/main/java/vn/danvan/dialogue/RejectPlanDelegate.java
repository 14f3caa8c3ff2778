package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The approver turned the plan down; the unit plans again with a new plan. */
@Component("rejectPlanDelegate")
class RejectPlanDelegate implements JavaDelegate {

    private final ConferenceSteps steps;

    RejectPlanDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reject(StepSupport.string(execution, DialogueConferenceProcess.CONFERENCE_ID),
                StepSupport.string(execution, DialogueConferenceProcess.APPROVAL_NOTE), StepSupport.actor());
    }
}
