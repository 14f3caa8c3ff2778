package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The answering unit recorded its written answer: the question, its petitions and its citizen learn of it. */
@Component("recordWrittenAnswerDelegate")
class RecordWrittenAnswerDelegate implements JavaDelegate {

    private final WrittenAnswers answers;

    RecordWrittenAnswerDelegate(WrittenAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        answers.answered(StepSupport.string(execution, DialogueWrittenAnswerProcess.QUESTION_ID),
                new WrittenAnswers.Answer(
                        StepSupport.required(execution, DialogueWrittenAnswerProcess.ANSWER_CONTENT,
                                "nội dung trả lời (answerContent)"),
                        StepSupport.required(execution, DialogueWrittenAnswerProcess.DOCUMENT_NUMBER,
                                "số văn bản trả lời (answerDocumentNumber)"),
                        Dates.parse(execution.getVariable(DialogueWrittenAnswerProcess.DOCUMENT_DATE),
                                "Ngày văn bản trả lời (answerDocumentDate)"),
                        StepSupport.required(execution, DialogueWrittenAnswerProcess.ANSWERED_BY,
                                "người ký, cơ quan trả lời (answeredBy)")),
                StepSupport.actor());
    }
}
