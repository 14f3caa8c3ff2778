package vn.danvan.supervision;

/**
 * The process {@code supervision-yearly-target} (bpmn/supervision-yearly-target.bpmn): a unit without
 * a campaign in the year is reminded, later its committee urges it; its key, element ids and variables.
 */
final class SupervisionYearlyTargetProcess {

    static final String KEY = "supervision-yearly-target";

    static final String TASK_PLAN = "UserTaskPlanSupervision";
    static final String TASK_URGE = "UserTaskUrgeUnit";

    /** REMINDER or ESCALATION (the gateway's condition). */
    static final String STAGE = "targetStage";
    static final String MESSAGE = "targetMessage";

    private SupervisionYearlyTargetProcess() {
    }
}
