package vn.danvan.criticism;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * On every criticism task: when it appears, a name that carries its criticism or opinion
 * ("Góp ý dự thảo · CRITICISM-MTTQHUYEN-2026-01-Y02: Đề án ...") so that a Tasklist list says what
 * each task is about, the opinions so far for the steps that compile them, and for a timed step its
 * due date and watch; when it is completed or removed, the end of that watch.
 */
@Component("criticismTaskListener")
class CriticismTaskListener implements TaskListener {

    private final CriticismDeadlines deadlines;
    private final CriticismOpinions opinions;

    CriticismTaskListener(CriticismDeadlines deadlines, CriticismOpinions opinions) {
        this.deadlines = deadlines;
        this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            name(task);
            String key = task.getTaskDefinitionKey();
            if (SocialCriticismProcess.TASK_EXPERT_OPINIONS.equals(key) || SocialCriticismProcess.TASK_ISSUE_CRITICISM.equals(key)) {
                // local to the task: the form shows it, the process does not carry it
                task.setVariableLocal(SocialCriticismProcess.OPINIONS_TEXT,
                        opinions.text(SocialCriticismProcess.criticismId(task)));
            }
            deadlines.taskCreated(task);
        } else {
            deadlines.taskEnded(task);
        }
    }

    private static void name(DelegateTask task) {
        String title = StepSupport.string(task, SocialCriticismProcess.TITLE);
        StepSupport.name(task, task.getName() + " · " + task.getExecution().getProcessBusinessKey()
                + (title == null ? "" : ": " + title));
    }
}
