package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Closes the case once the commune has told the citizen the result. */
@Component("closeCaseListener")
class CloseCaseListener implements TaskListener {

    private final CaseDecisions decisions;

    CloseCaseListener(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.close(CaseVariables.caseId(task),
                StepSupport.string(task, PetitionCommuneProcess.NOTIFICATION_METHOD),
                StepSupport.string(task, PetitionCommuneProcess.CLOSING_NOTE), StepSupport.actor());
    }
}
