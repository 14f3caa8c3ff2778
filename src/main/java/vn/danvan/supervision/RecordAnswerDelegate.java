package vn.danvan.supervision;

import static vn.danvan.supervision.SupervisionRecommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Stores the body's answer, however it came: a paper answer recorded in Tasklist, or the answer
 * task completed by the REST API or a Kafka {@code answered} event (which set the channel and who
 * answered).
 */
@Component("recordAnswerDelegate")
class RecordAnswerDelegate implements JavaDelegate {

    static final String TASKLIST = "TASKLIST";

    private final SupervisionRecommendations recommendations;

    RecordAnswerDelegate(SupervisionRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String response = StepSupport.string(execution, RESPONSE);
        Answer answer;
        try {
            answer = new Answer(response == null ? null : Answer.Response.valueOf(response),
                    StepSupport.string(execution, RESPONSE_TEXT), StepSupport.string(execution, RESPONSE_REASON));
        } catch (IllegalArgumentException e) {
            throw new StepRejectedException("Trả lời không hợp lệ: " + response);
        }
        if (answer.missingField() != null) {
            throw new StepRejectedException("Cần ghi lý do khi đối tượng giám sát không tiếp thu hết kiến nghị.");
        }
        String channel = StepSupport.string(execution, ANSWER_CHANNEL);
        String by = StepSupport.string(execution, ANSWERED_BY);
        recommendations.answered(SupervisionRecommendationProcess.recommendationId(execution), answer,
                channel == null ? TASKLIST : channel,
                by == null ? StepSupport.actor() : by);
        execution.setVariable(RESPONSE_LABEL, answer.response().label());
        // the next answer (after a request to answer again) must not inherit this one's door
        execution.removeVariable(ANSWER_CHANNEL);
        execution.removeVariable(ANSWERED_BY);
    }
}
