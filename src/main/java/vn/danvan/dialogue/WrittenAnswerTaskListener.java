package vn.danvan.dialogue;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.platform.engine.StepSupport;

/**
 * On the answering unit's task: when it appears, its name, what its form shows (the question without
 * the citizen's name: the task's tab shows the conference to those who may see it), its due date and
 * the request's event; when it ends, the end of its deadline.
 */
@Component("writtenAnswerTaskListener")
class WrittenAnswerTaskListener implements TaskListener {

    private final WrittenAnswers answers;
    private final Questions questions;
    private final DeadlineWatches watches;

    WrittenAnswerTaskListener(WrittenAnswers answers, Questions questions, DeadlineWatches watches) {
        this.answers = answers;
        this.questions = questions;
        this.watches = watches;
    }

    @Override
    public void notify(DelegateTask task) {
        String questionId = (String) task.getVariable(DialogueWrittenAnswerProcess.QUESTION_ID);
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            watches.met(task.getId());
            return;
        }
        Question q = questions.get(questionId);
        StepSupport.name(task, task.getName() + " · " + questionId + ": " + q.content());
        Instant due = watches.watch(task).dueAt();
        task.setDueDate(java.util.Date.from(due));
        task.setVariableLocal(DialogueWrittenAnswerProcess.QUESTION_TEXT, "Câu hỏi " + q.number()
                + (q.locality() == null ? "" : " (" + q.locality() + ")") + ": " + q.content()
                + (q.caseIds().isEmpty() ? "" : "\n\nHồ sơ đơn liên quan: " + String.join(", ", q.caseIds())));
        task.setVariableLocal(DialogueWrittenAnswerProcess.DUE_AT_TEXT, Dates.shown(due));
        answers.awaited(questionId, due, StepSupport.actor());
    }
}
