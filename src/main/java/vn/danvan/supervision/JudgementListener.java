package vn.danvan.supervision;

import static vn.danvan.supervision.SupervisionRecommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/** The unit judged the body's answer: recorded ({@code judged}); an unsatisfactory one goes to the committee. */
@Component("judgementListener")
class JudgementListener implements TaskListener {

    static final String SATISFACTORY = "SATISFACTORY";

    private final SupervisionRecommendations recommendations;

    JudgementListener(SupervisionRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean satisfactory = SATISFACTORY.equals(StepSupport.string(task, JUDGEMENT));
        String note = StepSupport.string(task, JUDGEMENT_NOTE);
        if (!satisfactory && note == null) {
            throw new StepRejectedException("Cần nhận xét vì sao trả lời chưa đạt yêu cầu.");
        }
        recommendations.judged(SupervisionRecommendationProcess.recommendationId(task), satisfactory, note,
                StepSupport.actor());
        if (!satisfactory) {
            task.getExecution().setVariable(ESCALATION_REASON, "Đơn vị giám sát đánh giá trả lời chưa đạt: " + note);
        }
    }
}
