package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Front recorded why the commitment was not done; it goes on the unit's next conference's agenda. */
@Component("recordUnfulfilledDelegate")
class RecordUnfulfilledDelegate implements JavaDelegate {

    private final CommitmentTracking tracking;

    RecordUnfulfilledDelegate(CommitmentTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tracking.unfulfilled(Actors.string(execution, DialogueCommitmentProcess.COMMITMENT_ID),
                Actors.required(execution, DialogueCommitmentProcess.OUTCOME_NOTE, "lý do chưa thực hiện"),
                Actors.current());
    }
}
