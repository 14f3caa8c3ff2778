package vn.danvan.calendar;

/** Variables of the calendar's part of a case's process: the timers' paths and their follow-up tasks. */
final class DeadlineVariables {

    /** Transient: the dates of the step being entered, shared by its three timers and its task. */
    static final String PLAN = "danvanDeadlinePlan";
    /** Who follows a late step up (level 1) and a very late one (level 2): the follow-up tasks' groups. */
    static final String ESCALATION_UNIT = "escalationUnit";
    static final String SECOND_ESCALATION_UNIT = "secondEscalationUnit";
    /** What a follow-up task's form shows (task variables). */
    static final String SUBJECT = "subject";
    static final String UNIT_CODE = "unitCode";
    static final String DUE_AT_TEXT = "dueAtText";

    /**
     * The process {@code deadline-watch} that watched a step before its timers moved into the case's
     * own process. A database upgraded from then still has some; they run out on their deployed
     * definition: their step is found by this variable, and their end by this message.
     */
    static final String LEGACY_PROCESS = "deadline-watch";
    static final String LEGACY_TASK_ID = "watchedTaskId";
    static final String LEGACY_MESSAGE_MET = "DeadlineMet";

    private DeadlineVariables() {
    }
}
