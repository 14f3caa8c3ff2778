package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The Front recorded why the commitment was not done; it goes on the unit's next conference's agenda. */
@Component("recordUnfulfilledDelegate")
class RecordUnfulfilledDelegate implements JavaDelegate {

    private final CommitmentTracking tracking;

    RecordUnfulfilledDelegate(CommitmentTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tracking.unfulfilled(StepSupport.string(execution, DialogueCommitmentProcess.COMMITMENT_ID),
                StepSupport.required(execution, DialogueCommitmentProcess.OUTCOME_NOTE, "lý do chưa thực hiện"),
                StepSupport.actor());
    }
}
