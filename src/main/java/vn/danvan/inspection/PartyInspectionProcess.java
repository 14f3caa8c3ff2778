package vn.danvan.inspection;

/** The process {@code party-inspection} (bpmn/party-inspection.bpmn). */
public final class PartyInspectionProcess {

    public static final String KEY = "party-inspection";

    public static final String TASK_VERIFY = "UserTaskVerifyPartyMember";
    public static final String TASK_CONCLUDE = "UserTaskConcludeInspection";
    public static final String TASK_DECIDE_DISCIPLINE = "UserTaskDecideDiscipline";
    public static final String TASK_FOLLOW_UP_LATE_VERIFY = "UserTaskFollowUpLateVerifyPartyMember";
    public static final String END_CLOSED = "EndEventInspectionClosed";

    /** Stages of the rule table (bpmn/deadline-rules.dmn) that time the three steps. */
    static final String STAGE_VERIFY = "PARTY_VERIFY";
    static final String STAGE_CONCLUDE = "PARTY_CONCLUDE";
    static final String STAGE_DISCIPLINE = "PARTY_DISCIPLINE";

    /** Process variables. */
    public static final String INSPECTION_ID = "inspectionId";
    static final String SUBJECT_TYPE = "subjectType";
    static final String SUBJECT_ID = "subjectId";
    static final String REASON = "inspectionReason";
    /** Candidate groups: the inspection commission, then the standing committee. */
    static final String COMMISSION_UNIT = "commissionUnit";
    static final String COMMITTEE_UNIT = "committeeUnit";

    /** Step forms. */
    public static final String VERIFICATION = "verificationFindings";
    public static final String VIOLATION_FOUND = "violationFound";
    public static final String CONCLUSION = "inspectionConclusion";
    public static final String DISCIPLINE_PROPOSED = "disciplineProposed";
    public static final String PROPOSED_DISCIPLINE = "proposedDiscipline";
    public static final String DECIDED_DISCIPLINE = "decidedDiscipline";
    public static final String DECISION_NUMBER = "disciplineDecisionNumber";

    private PartyInspectionProcess() {
    }
}
