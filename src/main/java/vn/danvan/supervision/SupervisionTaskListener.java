package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * On every supervision task: when it appears, a name that carries its campaign or recommendation
 * ("Đánh giá kết quả trả lời kiến nghị · SUPERVISION-MTTQHUYEN-2026-01-K2: ...") so that a Tasklist
 * list says what each task is about, and for a timed step its due date and watch; when it is
 * completed or removed, the end of that watch.
 */
@Component("supervisionTaskListener")
class SupervisionTaskListener implements TaskListener {

    private final SupervisionDeadlines deadlines;

    SupervisionTaskListener(SupervisionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            name(task);
            deadlines.taskCreated(task);
        } else {
            deadlines.taskEnded(task);
        }
    }

    private static void name(DelegateTask task) {
        String subject = StepSupport.string(task, SupervisionCampaignProcess.SUBJECT);
        StepSupport.name(task, task.getName() + " · " + task.getExecution().getProcessBusinessKey()
                + (subject == null ? "" : ": " + subject));
    }
}
