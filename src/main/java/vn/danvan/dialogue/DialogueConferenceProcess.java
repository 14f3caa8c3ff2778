package vn.danvan.dialogue;

/** The process {@code dialogue-conference} (bpmn/dialogue-conference.bpmn): its key, messages and variables. */
public final class DialogueConferenceProcess {

    public static final String KEY = "dialogue-conference";

    public static final String TASK_APPROVE_PLAN = "UserTaskApprovePlan";
    static final String TASK_CLOSE_COLLECTION = "UserTaskCloseCollection";
    static final String TASK_ASSIGN_QUESTION = "UserTaskAssignQuestion";
    static final String TASK_HOLD_CONFERENCE = "UserTaskHoldConference";
    public static final String TASK_ISSUE_CONCLUSION = "UserTaskIssueConclusion";
    static final String END_PLAN_REJECTED = "EndEventPlanRejected";
    static final String END_CONCLUDED = "EndEventConferenceConcluded";

    static final String INITIATOR = "initiator";
    static final String CONFERENCE_ID = "conferenceId";
    static final String UNIT_CODE = "unitCode";
    static final String APPROVER_GROUP = "approverGroup";
    public static final String THEMES = "themes";
    public static final String PLANNED_DATE = "plannedDate";
    public static final String PLANNED_TIME = "plannedTime";
    public static final String PLACE = "place";
    public static final String LEADERS = "leaders";
    static final String INVITED_GROUPS = "invitedGroups";
    public static final String QUESTION_DEADLINE = "questionDeadline";
    /** The end of the collection window, as a date for the timer. */
    static final String QUESTION_DEADLINE_AT = "questionDeadlineAt";
    static final String PLANNED_DATE_TEXT = "plannedDateText";
    static final String QUESTION_DEADLINE_TEXT = "questionDeadlineText";
    static final String CARRIED_COMMITMENTS = "carriedCommitments";
    static final String APPROVAL = "approval";
    static final String APPROVAL_NOTE = "approvalNote";
    static final String HAS_QUESTIONS = "hasQuestions";
    static final String QUESTION_ID = "questionId";
    static final String QUESTION_TEXT = "questionText";
    static final String ANSWERING_AGENCY = "answeringAgency";
    static final String ANSWER_DUE = "answerDue";
    static final String ATTENDANCE = "attendance";
    static final String MINUTES = "minutes";
    static final String ANSWERED_ON_THE_SPOT = "answeredOnTheSpot";
    static final String ANSWERED_NUMBERS = "answeredNumbers";
    /**
     * The unit that answers in writing the questions not answered on the spot (a unit code of the
     * unit table; the hold form offers the active units, and preselects the conference's own).
     */
    static final String WRITTEN_ANSWER_UNIT = "writtenAnswerUnit";
    /** The hold form's list of units ({@code valuesKey}): a JSON task variable of {label, value}. */
    static final String UNIT_OPTIONS = "unitOptions";
    /** The hold form has slots for three questions that another unit answers than {@link #WRITTEN_ANSWER_UNIT}. */
    static final int WRITTEN_ANSWER_SLOTS = 3;
    static final String CONCLUSION = "conclusion";
    static final String NOTICE_NUMBER = "noticeNumber";
    /** The conclusion form has slots for three commitments; more go through the REST API. */
    static final int COMMITMENT_SLOTS = 3;

    static String writtenAnswerNumber(int slot) {
        return "writtenAnswer" + slot + "Number";
    }

    static String writtenAnswerUnit(int slot) {
        return "writtenAnswer" + slot + "Unit";
    }

    static String commitmentOwner(int slot) {
        return "commitment" + slot + "Owner";
    }

    static String commitmentContent(int slot) {
        return "commitment" + slot + "Content";
    }

    static String commitmentDue(int slot) {
        return "commitment" + slot + "Due";
    }

    private DialogueConferenceProcess() {
    }
}
