package vn.danvan.dialogue;

/** The process {@code dialogue-commitment} (one per commitment): its key and variables. */
final class DialogueCommitmentProcess {

    static final String KEY = "dialogue-commitment";
    static final String TASK_CONFIRM = "UserTaskConfirmCommitment";
    static final String TASK_FOLLOW_UP_LATE = "UserTaskFollowUpLateConfirmCommitment";
    static final String TASK_FOLLOW_UP_VERY_LATE = "UserTaskFollowUpVeryLateConfirmCommitment";
    static final String END_FULFILLED = "EndEventCommitmentFulfilled";
    static final String END_CARRIED_OVER = "EndEventCommitmentCarriedOver";

    static final String COMMITMENT_ID = "commitmentId";
    static final String CONFERENCE_ID = "conferenceId";
    /** The conference's unit. */
    static final String UNIT_CODE = "unitCode";
    /** The Front committee beside the conference's unit, which confirms the commitment (candidate group). */
    static final String FRONT_UNIT_CODE = "frontUnitCode";
    static final String OWNER_UNIT_CODE = "ownerUnitCode";
    static final String CONTENT = "content";
    static final String DUE_AT_TEXT = "dueAtText";
    /** FULFILLED or UNFULFILLED, chosen on the confirmation form. */
    static final String RESULT = "commitmentResult";
    static final String OUTCOME_NOTE = "outcomeNote";

    private DialogueCommitmentProcess() {
    }
}
