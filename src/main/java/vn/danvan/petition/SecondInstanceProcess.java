package vn.danvan.petition;

/**
 * The second-instance complaint process {@code complaint-second-instance}
 * (bpmn/complaint-second-instance.bpmn; Complaints Law 2011, art. 33-41; docs/second-instance.md).
 */
public final class SecondInstanceProcess {

    public static final String KEY = "complaint-second-instance";
    static final String TASK_REGISTER = "ServiceTaskRegisterSecondInstance";
    static final String STEP_ACCEPT = "SubProcessAcceptSecondInstance";
    static final String STEP_DIALOGUE = "SubProcessHoldDialogue";

    public static final String TASK_ACCEPT = "UserTaskAcceptSecondInstance";
    static final String TASK_DIALOGUE = "UserTaskHoldDialogue";
    public static final String TASK_RESOLVE = "UserTaskResolveSecondInstance";
    static final String TASK_FOLLOW_UP_LATE_ACCEPT = "UserTaskFollowUpLateAcceptSecondInstance";
    static final String TASK_FOLLOW_UP_VERY_LATE_ACCEPT = "UserTaskFollowUpVeryLateAcceptSecondInstance";
    static final String END_REFERRED_OUTSIDE = "EndEventReferredOutside";
    static final String END_REFUSED = "EndEventSecondInstanceRefused";
    static final String END_DECIDED = "EndEventSecondInstanceDecided";

    /** The rows of the rule table that time this process's steps (deadline-rules.dmn). */
    static final String STAGE_ACCEPT = "SECOND_INSTANCE_ACCEPT";
    static final String STAGE_RESOLVE = "SECOND_INSTANCE_RESOLVE";
    /** Not a step: the complainant's window to ask for the second instance (art. 33). */
    static final String STAGE_WINDOW = "SECOND_INSTANCE_WINDOW";

    /** Start form (Tasklist), or the variables REST and the portal start the process with. */
    static final String FIRST_CASE_ID = "firstCaseId";
    static final String REASON = "secondInstanceReason";
    static final String INITIATOR = "initiator";
    /** Set by the register step: whether a second-instance case exists in danvan (else referred outside). */
    static final String IN_SYSTEM = "inSystem";
    static final String REFERRED_TO = "referredTo";

    /** Accept form. */
    static final String ACCEPTANCE = "acceptance";
    static final String REFUSAL_REASON = "refusalReason";
    static final String COMPLEX = "complex";

    /** Dialogue form (art. 39). */
    static final String DIALOGUE_DATE = "dialogueDate";
    static final String DIALOGUE_PARTICIPANTS = "dialogueParticipants";
    static final String DIALOGUE_CONTENT = "dialogueContent";
    static final String DIALOGUE_AGREEMENT = "dialogueAgreement";

    /** Resolve form. */
    static final String OUTCOME = CaseVariables.OUTCOME;
    static final String CONCLUSION = CaseVariables.CONCLUSION;

    enum Acceptance { ACCEPT, REFUSE }

    private SecondInstanceProcess() {
    }
}
