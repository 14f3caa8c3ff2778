package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The Front confirmed the commitment done; a petition case it settles is resolved. */
@Component("recordFulfilledDelegate")
class RecordFulfilledDelegate implements JavaDelegate {

    private final CommitmentTracking tracking;

    RecordFulfilledDelegate(CommitmentTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tracking.fulfilled(StepSupport.string(execution, DialogueCommitmentProcess.COMMITMENT_ID),
                StepSupport.string(execution, DialogueCommitmentProcess.OUTCOME_NOTE), StepSupport.actor());
    }
}
