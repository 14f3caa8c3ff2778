package vn.danvan.calendar;

/** The process {@code deadline-watch} (bpmn/deadline-watch.bpmn) that keeps a step's timers. */
final class DeadlineWatchProcess {

    static final String KEY = "deadline-watch";
    static final String MESSAGE_MET = "DeadlineMet";

    static final String TIMER_REMINDER = "IntermediateCatchEventReminderDue";
    static final String TIMER_DUE = "IntermediateCatchEventDeadlinePassed";
    static final String TIMER_VERY_LATE = "IntermediateCatchEventVeryLate";

    static final String TASK_ID = "watchedTaskId";
    static final String SUBJECT_ID = "subjectId";
    static final String SUBJECT = "subject";
    static final String UNIT_CODE = "unitCode";
    static final String REMIND_AT = "remindAt";
    static final String DUE_AT = "dueAt";
    static final String DUE_AT_TEXT = "dueAtText";
    static final String VERY_LATE_AT = "veryLateAt";
    static final String ESCALATION_UNIT = "escalationUnit";
    static final String SECOND_ESCALATION_UNIT = "secondEscalationUnit";

    private DeadlineWatchProcess() {
    }
}
