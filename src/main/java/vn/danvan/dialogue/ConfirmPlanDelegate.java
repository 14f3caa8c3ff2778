package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approver agreed: the conference is planned ({@code vn.danvan.dialogue.planned}). */
@Component("confirmPlanDelegate")
class ConfirmPlanDelegate implements JavaDelegate {

    private final ConferenceSteps steps;

    ConfirmPlanDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approve(Actors.string(execution, DialogueConferenceProcess.CONFERENCE_ID),
                Actors.string(execution, DialogueConferenceProcess.APPROVAL_NOTE), Actors.current());
    }
}
