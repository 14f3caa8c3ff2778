package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * On the Front's confirmation task of a commitment: when it appears, its name, due date and deadline
 * watch (reminders and escalation to the owner's parent unit); when it ends, the end of the watch.
 */
@Component("commitmentTaskListener")
class CommitmentTaskListener implements TaskListener {

    private final CommitmentDeadlines deadlines;

    CommitmentTaskListener(CommitmentDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        String commitmentId = (String) task.getVariable(DialogueCommitmentProcess.COMMITMENT_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            StepSupport.name(task, task.getName() + " · " + commitmentId + ": "
                    + task.getVariable(DialogueCommitmentProcess.CONTENT));
            task.setDueDate(java.util.Date.from(deadlines.watch(task)));
        } else {
            deadlines.met(task.getId());
        }
    }
}
