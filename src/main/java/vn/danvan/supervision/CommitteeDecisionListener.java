package vn.danvan.supervision;

import static vn.danvan.supervision.SupervisionRecommendationProcess.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/** The committee's direction on an escalated recommendation: answer again, re-supervise, or close. */
@Component("committeeDecisionListener")
class CommitteeDecisionListener implements TaskListener {

    static final Set<String> DECISIONS = Set.of("URGE", "RESUPERVISE", "CLOSE");

    private final SupervisionRecommendations recommendations;

    CommitteeDecisionListener(SupervisionRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = StepSupport.string(task, COMMITTEE_DECISION);
        if (!DECISIONS.contains(decision)) {
            throw new StepRejectedException("Chọn một ý kiến chỉ đạo: đôn đốc, giám sát lại hoặc đóng kiến nghị.");
        }
        recommendations.committeeDecided(SupervisionRecommendationProcess.recommendationId(task), decision,
                StepSupport.string(task, COMMITTEE_NOTE), StepSupport.actor());
    }
}
