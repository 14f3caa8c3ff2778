package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the Front's confirmation task of a commitment: when it appears, its name, due date and deadline
 * watch (reminders and escalation to the owner's parent unit); when it ends, the end of the watch.
 */
@Component("commitmentTaskListener")
class CommitmentTaskListener implements TaskListener {

    static final int MAX_NAME = 250;

    private final CommitmentDeadlines deadlines;

    CommitmentTaskListener(CommitmentDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        String commitmentId = (String) task.getVariable(DialogueCommitmentProcess.COMMITMENT_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String name = task.getName() + " · " + commitmentId + ": " + task.getVariable(DialogueCommitmentProcess.CONTENT);
            task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
            task.setDueDate(java.util.Date.from(deadlines.watch(task)));
        } else {
            deadlines.met(task.getId());
        }
    }
}
