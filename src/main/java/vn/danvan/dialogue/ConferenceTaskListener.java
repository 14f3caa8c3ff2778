package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every conference task as it appears: a name that carries the conference ("Tổ chức hội nghị ·
 * DIALOGUE-TANHOI-2026-01: Đất đai, giao thông", so a Tasklist list says which conference each
 * task is about), due on the conference day; on a question's assignment task, the question itself.
 */
@Component("conferenceTaskListener")
class ConferenceTaskListener implements TaskListener {

    static final int MAX_NAME = 250;

    private final Conferences conferences;
    private final Questions questions;

    ConferenceTaskListener(Conferences conferences, Questions questions) {
        this.conferences = conferences;
        this.questions = questions;
    }

    @Override
    public void notify(DelegateTask task) {
        Conference c = conferences.get((String) task.getVariable(DialogueConferenceProcess.CONFERENCE_ID));
        String about = c.conferenceId();
        String questionId = (String) task.getVariableLocal(DialogueConferenceProcess.QUESTION_ID);
        if (questionId == null && task.getExecution() != null) {
            questionId = (String) task.getExecution().getVariableLocal(DialogueConferenceProcess.QUESTION_ID);
        }
        if (questionId != null) {
            Question q = questions.get(questionId);
            task.setVariableLocal(DialogueConferenceProcess.QUESTION_TEXT, "Câu hỏi " + q.number() + " (" + q.askedBy()
                    + (q.locality() == null ? "" : ", " + q.locality()) + "): " + q.content()
                    + (q.caseIds().isEmpty() ? "" : "\n\nHồ sơ đơn liên quan: " + String.join(", ", q.caseIds())));
            about = questionId;
        }
        String name = task.getName() + " · " + about + ": " + c.themes();
        task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
        task.setDueDate(java.util.Date.from(vn.danvan.calendar.WorkingCalendar.endOf(c.plannedDate())));
    }
}
