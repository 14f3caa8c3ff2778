package vn.danvan.dialogue;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The collection window ends, by an officer or at its deadline; the next steps depend on whether questions came. */
@Component("closeCollectionDelegate")
class CloseCollectionDelegate implements JavaDelegate {

    private final ConferenceSteps steps;

    CloseCollectionDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the deadline's timer interrupts the officer's task, so a closing after the deadline is the timer's
        Date deadline = (Date) execution.getVariable(DialogueConferenceProcess.QUESTION_DEADLINE_AT);
        boolean byDeadline = deadline != null && !Conferences.now().before(deadline);
        execution.setVariable(DialogueConferenceProcess.HAS_QUESTIONS, steps.closeCollection(
                StepSupport.string(execution, DialogueConferenceProcess.CONFERENCE_ID), byDeadline,
                StepSupport.actor()));
    }
}
