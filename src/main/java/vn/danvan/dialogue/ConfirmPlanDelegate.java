package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The approver agreed: the conference is planned ({@code vn.danvan.dialogue.planned}). */
@Component("confirmPlanDelegate")
class ConfirmPlanDelegate implements JavaDelegate {

    private final ConferenceSteps steps;

    ConfirmPlanDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approve(StepSupport.string(execution, DialogueConferenceProcess.CONFERENCE_ID),
                StepSupport.string(execution, DialogueConferenceProcess.APPROVAL_NOTE), StepSupport.actor());
    }
}
