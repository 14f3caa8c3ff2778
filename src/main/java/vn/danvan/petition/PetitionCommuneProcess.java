package vn.danvan.petition;

/** The commune-level process {@code petition-commune} (bpmn/petition-commune.bpmn). */
public final class PetitionCommuneProcess {

    public static final String KEY = "petition-commune";

    public static final String TASK_CLASSIFY = "UserTaskClassifyPetition";
    public static final String TASK_DECIDE_HANDLING = "UserTaskDecideHandling";
    public static final String TASK_RESOLVE_LOCALLY = "UserTaskResolveLocally";
    public static final String TASK_INFORM_CITIZEN = "UserTaskInformCitizen";
    static final String STEP_INFORM_CITIZEN = "SubProcessInformCitizen";
    static final String EVENT_AWAIT_DISTRICT = "IntermediateCatchEventDistrictResult";
    public static final String TASK_FOLLOW_UP_LATE_CLASSIFY = "UserTaskFollowUpLateClassifyPetition";
    public static final String TASK_FOLLOW_UP_VERY_LATE_CLASSIFY = "UserTaskFollowUpVeryLateClassifyPetition";
    public static final String TIMER_REMIND_CLASSIFY = "BoundaryTimerRemindClassifyPetition";
    public static final String TIMER_ESCALATE_CLASSIFY = "BoundaryTimerEscalateClassifyPetition";
    public static final String TIMER_VERY_LATE_CLASSIFY = "BoundaryTimerVeryLateClassifyPetition";
    public static final String END_CLASSIFY_DONE = "EndEventClassifyPetitionDone";
    static final String END_CLOSED = "EndEventCaseClosed";
    static final String END_CLOSED_AS_DUPLICATE = "EndEventClosedAsDuplicate";

    /** The district's answer (resolved or refused) wakes the commune process. */
    static final String MESSAGE_DISTRICT_RESULT = "PetitionDistrictResult";

    /** Start form fields (a walk-in petition recorded in Tasklist). */
    public static final String PETITIONER_NAME = "petitionerName";
    public static final String PETITIONER_PHONE = "petitionerPhone";
    public static final String PETITIONER_ADDRESS = "petitionerAddress";
    public static final String CHANNEL = "channel";
    static final String INITIATOR = "initiator";

    /** Decide-handling form. */
    public static final String HANDLING = "handling";
    static final String DUPLICATE_OF = "duplicateOfCaseId";
    /** Shown on the decide form: the unit above that a forward would go to, and its level's name. */
    static final String UPPER_UNIT = "upperUnit";
    static final String CORRECT_UNIT = "correctUnitCode";
    static final String DECISION_NOTE = "decisionNote";
    /** LOCAL or FORWARD: what the routing table's level means for the commune (set by the routing step). */
    static final String SUGGESTED_HANDLING = "suggestedHandling";
    /** Why the officer chose another handling than the table suggested; required then. */
    static final String ROUTING_DEVIATION_REASON = "routingDeviationReason";
    public static final String VERIFICATION_NOTES = "verificationNotes";
    public static final String NOTIFICATION_METHOD = "notificationMethod";
    static final String CLOSING_NOTE = "closingNote";

    enum Handling { LOCAL, FORWARD, DUPLICATE, WRONG_UNIT }

    private PetitionCommuneProcess() {
    }
}
