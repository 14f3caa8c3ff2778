package vn.danvan.dialogue;

/**
 * The process {@code dialogue-yearly-prompt} (bpmn/dialogue-yearly-prompt.bpmn, one per unit and year):
 * the unit plans its dialogue conference, or is followed up when it has not by the date.
 */
final class DialogueYearlyPromptProcess {

    static final String KEY = "dialogue-yearly-prompt";
    static final String MESSAGE_PLANNED = "DialoguePlanned";
    static final String TASK_PLAN = "UserTaskPlanYearlyConference";
    static final String TASK_FOLLOW_UP = "UserTaskFollowUpUnplanned";
    static final String END_ALREADY_PLANNED = "EndEventAlreadyPlanned";
    static final String END_PLANNED_ELSEWHERE = "EndEventPlannedElsewhere";
    static final String END_CONFERENCE_PLANNED = "EndEventConferencePlanned";

    static final String UNIT_CODE = "unitCode";
    static final String YEAR = "year";
    static final String PLAN_BY = "planBy";
    static final String PLAN_BY_TEXT = "planByText";
    static final String ALREADY_PLANNED = "alreadyPlanned";
    static final String ESCALATION_GROUP = "escalationGroup";
    /** Set by the start step: the conference process it started. */
    static final String CONFERENCE_INSTANCE_ID = "conferenceInstanceId";

    static String businessKey(String unitCode, int year) {
        return "DIALOGUE-PLAN-" + unitCode.toUpperCase(java.util.Locale.ROOT) + "-" + year;
    }

    private DialogueYearlyPromptProcess() {
    }
}
