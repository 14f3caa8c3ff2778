package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** A question's assignment task is completed: the agency that prepares the answer, and by when. */
@Component("questionAssignmentListener")
class QuestionAssignmentListener implements TaskListener {

    private final Questions questions;

    QuestionAssignmentListener(Questions questions) {
        this.questions = questions;
    }

    @Override
    public void notify(DelegateTask task) {
        questions.assign((String) task.getVariable(DialogueConferenceProcess.QUESTION_ID),
                StepSupport.required(task, DialogueConferenceProcess.ANSWERING_AGENCY, "cơ quan chuẩn bị trả lời"),
                Dates.parse(task.getVariable(DialogueConferenceProcess.ANSWER_DUE), "Hạn chuẩn bị trả lời"),
                StepSupport.actor());
    }
}
