package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The collection window ends, by an officer or at its deadline; the next steps depend on whether questions came. */
@Component("closeCollectionDelegate")
class CloseCollectionDelegate implements JavaDelegate {

    static final String FLOW_DEADLINE_PASSED = "SequenceFlowCollectionDeadlinePassed";

    private final ConferenceSteps steps;

    CloseCollectionDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean byDeadline = FLOW_DEADLINE_PASSED.equals(execution.getCurrentTransitionId());
        execution.setVariable(DialogueConferenceProcess.HAS_QUESTIONS, steps.closeCollection(
                Actors.string(execution, DialogueConferenceProcess.CONFERENCE_ID), byDeadline, Actors.current()));
    }
}
