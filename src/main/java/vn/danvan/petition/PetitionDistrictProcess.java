package vn.danvan.petition;

/** The district-level process {@code petition-district} (bpmn/petition-district.bpmn). */
public final class PetitionDistrictProcess {

    public static final String KEY = "petition-district";

    public static final String TASK_ACCEPT = "UserTaskAcceptCase";
    public static final String TASK_RESOLVE = "UserTaskResolveCase";
    static final String EVENT_AWAIT_DIRECTION = "IntermediateCatchEventCommitteeDirection";
    static final String END_RESOLVED = "EndEventCaseResolved";
    static final String END_REFUSED = "EndEventCaseRefused";

    /** A commune's forwarded case starts this process. */
    static final String MESSAGE_FORWARDED = "PetitionForwardedToDistrict";
    /** The committee's direction wakes the process after a referral. */
    static final String MESSAGE_COMMITTEE_DIRECTION = "PetitionCommitteeDirection";

    public static final String ACCEPTANCE = "acceptance";
    static final String REFUSAL_REASON = "refusalReason";
    static final String HANDLER = "handler";
    public static final String DECISION_NUMBER = "decisionNumber";
    static final String COMMITTEE_DIRECTION = "committeeDirection";
    /** Resolve form: conclude, or ask for an extension of the resolution period. */
    public static final String RESOLUTION = "resolution";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DECISION = "extensionDecisionNumber";

    enum Acceptance { ACCEPT, REFUSE }

    enum Resolution { RESOLVE, EXTEND }

    private PetitionDistrictProcess() {
    }
}
