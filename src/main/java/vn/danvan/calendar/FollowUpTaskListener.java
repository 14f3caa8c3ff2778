package vn.danvan.calendar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names a follow-up task after the late step it is about, and makes it due at once. */
@Component("followUpTaskListener")
class FollowUpTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setName(task.getName() + " · " + task.getVariable(DeadlineWatchProcess.SUBJECT_ID) + ": "
                + task.getVariable(DeadlineWatchProcess.SUBJECT));
        task.setDueDate(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
        task.setPriority(90);
    }
}
