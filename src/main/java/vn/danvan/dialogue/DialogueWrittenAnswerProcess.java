package vn.danvan.dialogue;

/**
 * The process {@code dialogue-written-answer} (bpmn/dialogue-written-answer.bpmn, one per question not
 * answered at its conference): its key, element ids and variables.
 */
final class DialogueWrittenAnswerProcess {

    static final String KEY = "dialogue-written-answer";
    static final String SERVICE_TASK_RECORD = "ServiceTaskRecordWrittenAnswer";

    static final String TASK_ANSWER = "UserTaskAnswerInWriting";
    static final String TASK_FOLLOW_UP_LATE = "UserTaskFollowUpLateAnswerInWriting";
    static final String TASK_FOLLOW_UP_VERY_LATE = "UserTaskFollowUpVeryLateAnswerInWriting";
    static final String END_ANSWERED = "EndEventAnsweredInWriting";

    static final String QUESTION_ID = "questionId";
    static final String CONFERENCE_ID = "conferenceId";
    /** The unit that answers (candidate group of the task), from the unit table. */
    static final String ANSWER_UNIT_CODE = "answerUnitCode";
    /** Shown on the form (a task variable): the question without the citizen's name. */
    static final String QUESTION_TEXT = "questionText";
    static final String DUE_AT_TEXT = "dueAtText";

    // the fields of the form dialogue-written-answer
    static final String ANSWER_CONTENT = "answerContent";
    static final String DOCUMENT_NUMBER = "answerDocumentNumber";
    static final String DOCUMENT_DATE = "answerDocumentDate";
    static final String ANSWERED_BY = "answeredBy";

    private DialogueWrittenAnswerProcess() {
    }
}
