package vn.danvan.supervision;

import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.danvan.platform.engine.StepSupport;

/** Small helpers shared by the supervision processes' delegates and listeners. */
final class SupervisionSteps {

    static final String SYSTEM = StepSupport.SYSTEM;
    static final ZoneId VIETNAM = StepSupport.VIETNAM;

    private SupervisionSteps() {
    }

    /** The officer whose action runs this step (Tasklist, REST), or "system" for timers and services. */
    static String actor() {
        return StepSupport.actor();
    }

    static String string(VariableScope scope, String name) {
        return StepSupport.string(scope, name);
    }

    static Integer integer(VariableScope scope, String name) {
        return StepSupport.integer(scope, name);
    }

    static String shown(Instant instant) {
        return StepSupport.shown(instant);
    }

    static String campaignId(VariableScope scope) {
        return (String) scope.getVariable(SupervisionCampaignProcess.CAMPAIGN_ID);
    }

    static String recommendationId(VariableScope scope) {
        return (String) scope.getVariable(SupervisionRecommendationProcess.RECOMMENDATION_ID);
    }
}
