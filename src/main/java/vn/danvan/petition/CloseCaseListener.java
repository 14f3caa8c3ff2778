package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Closes the case once the commune has told the citizen the result. */
@Component("closeCaseListener")
class CloseCaseListener implements TaskListener {

    private final CaseDecisions decisions;

    CloseCaseListener(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.close(Steps.caseId(task), Steps.string(task, PetitionCommuneProcess.NOTIFICATION_METHOD),
                Steps.string(task, PetitionCommuneProcess.CLOSING_NOTE), Steps.actor());
    }
}
