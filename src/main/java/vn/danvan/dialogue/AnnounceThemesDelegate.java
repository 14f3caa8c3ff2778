package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The themes are announced and the Front starts taking citizens' questions. */
@Component("announceThemesDelegate")
class AnnounceThemesDelegate implements JavaDelegate {

    private final ConferenceSteps steps;

    AnnounceThemesDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.announce(StepSupport.string(execution, DialogueConferenceProcess.CONFERENCE_ID), StepSupport.actor());
    }
}
