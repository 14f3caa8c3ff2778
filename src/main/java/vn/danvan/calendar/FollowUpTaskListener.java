package vn.danvan.calendar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * Names a follow-up task after the late step it is about, gives its form what it shows (as task
 * variables, so the case's process stays light) and makes it due at once.
 */
@Component("followUpTaskListener")
class FollowUpTaskListener implements TaskListener {

    private final DeadlineHandlers handlers;

    FollowUpTaskListener(DeadlineHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void notify(DelegateTask task) {
        DeadlineWatches.WatchedStep step = handlers.stepOf(task, task.getBpmnModelElementInstance(),
                task.getProcessInstanceId());
        task.setVariableLocal(DeadlineVariables.SUBJECT, step.label());
        task.setVariableLocal(DeadlineVariables.UNIT_CODE, step.watch().unitCode());
        task.setVariableLocal(DeadlineVariables.DUE_AT_TEXT, StepSupport.shown(step.watch().dueAt()));
        task.setName(task.getName() + " · " + step.watch().subjectId() + ": " + step.label());
        task.setDueDate(ClockUtil.getCurrentTime());
        task.setPriority(90);
    }
}
