package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code supervision-recommendation} (bpmn/supervision-recommendation.bpmn): one
 * recommendation, from the report to its answer, the unit's judgement and any escalation.
 */
final class SupervisionRecommendationProcess {

    static final String KEY = "supervision-recommendation";

    static final String TASK_RECORD_ANSWER = "UserTaskRecordAnswer";
    static final String TASK_JUDGE = "UserTaskJudgeAnswer";
    static final String TASK_COMMITTEE_DECIDE = "UserTaskCommitteeDecide";
    static final String TASK_COMMITTEE_ON_OVERDUE = "UserTaskCommitteeOnOverdue";
    static final String TASK_FOLLOW_UP_LATE_ANSWER = "UserTaskFollowUpLateRecordAnswer";

    /** The deadline handler wakes the committee's branch when the answer is late. */
    static final String MESSAGE_OVERDUE = "SupervisionRecommendationOverdue";

    static final String RECOMMENDATION_ID = "recommendationId";
    static final String RESPONSE = "response";
    static final String RESPONSE_LABEL = "responseLabel";
    static final String RESPONSE_TEXT = "responseText";
    static final String RESPONSE_REASON = "responseReason";
    static final String ANSWER_CHANNEL = "answerChannel";
    static final String ANSWERED_BY = "answeredBy";
    static final String JUDGEMENT = "judgement";
    static final String JUDGEMENT_NOTE = "judgementNote";
    static final String ESCALATION_REASON = "escalationReason";
    static final String COMMITTEE_DECISION = "committeeDecision";
    static final String COMMITTEE_NOTE = "committeeNote";

    static String recommendationId(VariableScope scope) {
        return (String) scope.getVariable(RECOMMENDATION_ID);
    }

    private SupervisionRecommendationProcess() {
    }
}
