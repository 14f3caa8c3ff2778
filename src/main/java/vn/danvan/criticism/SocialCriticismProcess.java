package vn.danvan.criticism;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code social-criticism} (bpmn/social-criticism.bpmn): one draft criticised by a Front
 * committee, from its receipt to the authority's written response.
 */
public final class SocialCriticismProcess {

    static final String KEY = "social-criticism";
    static final String CALL_COLLECT_OPINIONS = "CallActivityCollectOpinions";

    static final String TASK_CHOOSE_FORM = "UserTaskChooseForm";
    static final String TASK_PREPARE_CONFERENCE = "UserTaskPrepareConference";
    static final String TASK_SEND_FOR_COMMENTS = "UserTaskSendForComments";
    static final String TASK_CONVENE_COUNCIL = "UserTaskConveneCouncil";
    static final String TASK_EXPERT_OPINIONS = "UserTaskRecordExpertOpinions";
    public static final String TASK_ISSUE_CRITICISM = "UserTaskIssueCriticism";
    static final String TASK_RECORD_RESPONSE = "UserTaskRecordResponse";
    static final String TASK_FOLLOW_UP_LATE_RESPONSE = "UserTaskFollowUpLateRecordResponse";
    static final String TASK_FOLLOW_UP_VERY_LATE_RESPONSE = "UserTaskFollowUpVeryLateRecordResponse";
    static final String END_CLOSED = "EndEventCriticismClosed";

    /** The start form's and the REST door's facts. */
    static final String CRITICISM_ID = "criticismId";
    static final String UNIT_CODE = "unitCode";
    static final String INITIATOR = "initiator";
    static final String TITLE = "title";
    static final String AUTHORITY_UNIT_CODE = "authorityUnitCode";
    static final String AUTHORITY_NAME = "authorityName";
    /** The authority as printed and shown on the forms: the unit's name, or the name given. */
    static final String AUTHORITY = "authority";
    static final String DRAFT_REFERENCE = "draftReference";
    static final String RECEIVED_ON = "receivedOn";
    static final String REQUESTED_BY = "requestedBy";

    /** The form's choice: CONFERENCE, WRITTEN or COUNCIL ({@link CriticismForm}). */
    static final String FORM = "criticismForm";
    static final String FORM_NOTE = "formNote";
    static final String CONFERENCE_DATE = "conferenceDate";
    static final String CONFERENCE_PLACE = "conferencePlace";
    static final String INVITED = "invited";
    static final String LETTER_NUMBER = "letterNumber";
    static final String RECIPIENTS = "recipients";
    static final String COUNCIL_DECISION = "councilDecision";
    static final String COUNCIL_MEMBERS = "councilMembers";

    /** The multi-instance collection's element: the organisation asked. */
    static final String ORGANISATION_UNIT = "organisationUnit";
    /** expert1Name, expert1Opinion ... expert3Name, expert3Opinion on the experts' form. */
    static final String EXPERT_PREFIX = "expert";
    static final int MAX_FORM_EXPERTS = 3;
    static final String DISCUSSION = "discussion";
    /** What the experts' and issue forms show: the organisations' opinions, one per line. */
    static final String OPINIONS_TEXT = "opinionsText";

    static final String SUMMARY = "criticismSummary";
    static final String RECOMMENDATIONS = "criticismRecommendations";

    static final String RESPONSE = "response";
    static final String RESPONSE_REFERENCE = "responseReference";
    static final String RESPONSE_TEXT = "responseText";
    /** Who recorded the response through REST (Tasklist's officer is the step's own actor). */
    static final String RESPONSE_RECORDED_BY = "responseRecordedBy";

    static String criticismId(VariableScope scope) {
        return (String) scope.getVariable(CRITICISM_ID);
    }

    private SocialCriticismProcess() {
    }
}
