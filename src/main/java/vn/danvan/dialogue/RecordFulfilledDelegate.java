package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Front confirmed the commitment done; a petition case it settles is resolved. */
@Component("recordFulfilledDelegate")
class RecordFulfilledDelegate implements JavaDelegate {

    private final CommitmentTracking tracking;

    RecordFulfilledDelegate(CommitmentTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tracking.fulfilled(Actors.string(execution, DialogueCommitmentProcess.COMMITMENT_ID),
                Actors.string(execution, DialogueCommitmentProcess.OUTCOME_NOTE), Actors.current());
    }
}
