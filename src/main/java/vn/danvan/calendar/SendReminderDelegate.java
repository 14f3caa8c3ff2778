package vn.danvan.calendar;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder share of the time has passed: the step's module records it and words the note; the
 * note goes on the officer's task, which rises in Tasklist (comment, higher priority).
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    static final int REMINDED_PRIORITY = 75;

    private final DeadlineHandlers handlers;
    private final TaskService taskService;

    SendReminderDelegate(DeadlineHandlers handlers, TaskService taskService) {
        this.handlers = handlers;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeadlineWatch watch = handlers.watchOf(execution);
        String note = handlers.of(watch.kind()).reminded(watch);
        var task = taskService.createTaskQuery().taskId(watch.taskId()).singleResult();
        if (task != null) {
            taskService.createComment(task.getId(), task.getProcessInstanceId(), note);
            taskService.setPriority(task.getId(), Math.max(task.getPriority(), REMINDED_PRIORITY));
        }
    }
}
