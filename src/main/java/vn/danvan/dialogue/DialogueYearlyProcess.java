package vn.danvan.dialogue;

/**
 * The yearly rhythm: {@code dialogue-yearly} (a timer start event each year) starts one
 * {@code dialogue-yearly-prompt} per unit that must hold a conference.
 */
final class DialogueYearlyProcess {

    static final String KEY = "dialogue-yearly";
    static final String PROMPT_KEY = "dialogue-yearly-prompt";
    static final String MESSAGE_PLANNED = "DialoguePlanned";
    static final String TASK_PLAN = "UserTaskPlanYearlyConference";
    static final String TASK_FOLLOW_UP = "UserTaskFollowUpUnplanned";

    static final String UNIT_CODE = "unitCode";
    static final String YEAR = "year";
    static final String PLAN_BY = "planBy";
    static final String PLAN_BY_TEXT = "planByText";
    static final String ALREADY_PLANNED = "alreadyPlanned";
    static final String ESCALATION_GROUP = "escalationGroup";

    static String businessKey(String unitCode, int year) {
        return "DIALOGUE-PLAN-" + unitCode.toUpperCase(java.util.Locale.ROOT) + "-" + year;
    }

    private DialogueYearlyProcess() {
    }
}
