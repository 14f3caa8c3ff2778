package vn.danvan.calendar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * Names a follow-up task after the late step it is about, gives its form what it shows (as task
 * variables, so the watch process itself stays light) and makes it due at once.
 */
@Component("followUpTaskListener")
class FollowUpTaskListener implements TaskListener {

    private final DeadlineWatches watches;

    FollowUpTaskListener(DeadlineWatches watches) {
        this.watches = watches;
    }

    @Override
    public void notify(DelegateTask task) {
        DeadlineWatches.WatchedStep step = watches.step((String) task.getVariable(DeadlineWatchProcess.TASK_ID));
        task.setVariableLocal(DeadlineWatchProcess.SUBJECT, step.label());
        task.setVariableLocal(DeadlineWatchProcess.UNIT_CODE, step.watch().unitCode());
        task.setVariableLocal(DeadlineWatchProcess.DUE_AT_TEXT, StepSupport.shown(step.watch().dueAt()));
        task.setName(task.getName() + " · " + step.watch().subjectId() + ": " + step.label());
        task.setDueDate(ClockUtil.getCurrentTime());
        task.setPriority(90);
    }
}
