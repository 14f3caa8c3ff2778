package vn.danvan.criticism;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code social-criticism-opinion} (bpmn/social-criticism-opinion.bpmn): one
 * organisation's opinion on the draft, by its due date. The criticism's multi-instance call activity
 * starts one per organisation of the Front's level; each is its own process so that each timed step
 * has its own reminders and escalations.
 */
final class SocialCriticismOpinionProcess {

    static final String KEY = "social-criticism-opinion";

    static final String TASK_GIVE_OPINION = "UserTaskGiveOpinion";
    static final String TASK_FOLLOW_UP_LATE = "UserTaskFollowUpLateGiveOpinion";
    static final String TASK_FOLLOW_UP_VERY_LATE = "UserTaskFollowUpVeryLateGiveOpinion";

    static final String OPINION_ID = "opinionId";
    static final String OPINION = "opinion";

    static String opinionId(VariableScope scope) {
        return (String) scope.getVariable(OPINION_ID);
    }

    private SocialCriticismOpinionProcess() {
    }
}
