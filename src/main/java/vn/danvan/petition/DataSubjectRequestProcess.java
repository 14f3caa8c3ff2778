package vn.danvan.petition;

/**
 * The process {@code data-subject-request} (bpmn/data-subject-request.bpmn, one per citizen's request
 * about their personal data): its key, element ids and variables.
 */
final class DataSubjectRequestProcess {

    static final String KEY = "data-subject-request";

    static final String REQUEST_ID = "requestId";
    static final String REQUEST_KIND = "requestKind";
    static final String REQUEST_KIND_LABEL = "requestKindLabel";
    /** The answer's due date (the task's due date). */
    static final String DUE_AT = "dueAt";

    // the answer form (the personal fields it corrects are DataSubjectRequestListener's)
    static final String OUTCOME = "outcome";
    static final String ANSWER = "answer";

    private DataSubjectRequestProcess() {
    }
}
