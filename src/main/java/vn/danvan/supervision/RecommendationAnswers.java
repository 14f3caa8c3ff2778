package vn.danvan.supervision;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The doors of supervised bodies outside the system: an answer to a recommendation, or a
 * self-report, arriving over REST or Kafka completes the task that waits for it, exactly as an
 * officer recording a paper answer in Tasklist would; the process records it in the next step.
 */
@Service
class RecommendationAnswers {

    static final String REST = "REST";
    static final String KAFKA = "KAFKA";

    private final SupervisionRecommendations recommendations;
    private final SupervisionCampaigns campaigns;
    private final TaskService taskService;

    RecommendationAnswers(SupervisionRecommendations recommendations, SupervisionCampaigns campaigns,
            TaskService taskService) {
        this.recommendations = recommendations;
        this.campaigns = campaigns;
        this.taskService = taskService;
    }

    /**
     * @throws CampaignNotFoundException  no such recommendation in that campaign
     * @throws AnswerRefusedException     the answer is incomplete, or the recommendation is not awaiting one
     */
    @Transactional
    Recommendation answer(String campaignId, String recommendationId, Answer answer, String channel, String answeredBy) {
        Recommendation recommendation = recommendations.find(recommendationId)
                .filter(found -> found.campaignId().equals(campaignId))
                .orElseThrow(() -> new CampaignNotFoundException(recommendationId));
        if (answer.missingField() != null) {
            throw new AnswerRefusedException(answer.missingField(), "is required"
                    + ("reason".equals(answer.missingField()) ? " when the recommendation is not fully accepted" : ""), false);
        }
        Task task = waiting(recommendationId, SupervisionRecommendationProcess.TASK_RECORD_ANSWER);
        if (task == null) {
            throw new AnswerRefusedException("recommendationId", "is " + recommendation.state()
                    + ", not awaiting an answer", recommendation.state() == RecommendationState.AWAITING_ANSWER);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupervisionRecommendationProcess.RESPONSE, answer.response().name());
        variables.put(SupervisionRecommendationProcess.RESPONSE_TEXT, answer.text());
        variables.put(SupervisionRecommendationProcess.RESPONSE_REASON, answer.reason());
        variables.put(SupervisionRecommendationProcess.ANSWER_CHANNEL, channel);
        variables.put(SupervisionRecommendationProcess.ANSWERED_BY, answeredBy);
        taskService.complete(task.getId(), variables);
        return recommendations.get(recommendationId);
    }

    @Transactional
    Campaign selfReport(String campaignId, String summary, String submittedBy) {
        Campaign campaign = campaigns.get(campaignId);
        if (summary == null || summary.isBlank()) {
            throw new AnswerRefusedException("summary", "is required", false);
        }
        Task task = waiting(campaignId, SupervisionCampaignProcess.TASK_SELF_REPORT);
        if (task == null) {
            throw new AnswerRefusedException("campaignId", "is " + campaign.status() + ", not awaiting a self-report", false);
        }
        taskService.complete(task.getId(), Map.of(SupervisionCampaignProcess.SELF_REPORT,
                summary + "\n(gửi qua API bởi " + submittedBy + ")"));
        return campaigns.get(campaignId);
    }

    private Task waiting(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** The answer cannot be taken now; {@code notYet} when the process has not reached the step that waits for it. */
    static class AnswerRefusedException extends RuntimeException {

        private final String field;
        private final boolean notYet;

        AnswerRefusedException(String field, String reason, boolean notYet) {
            super(field + " " + reason);
            this.field = field;
            this.notYet = notYet;
        }

        String field() {
            return field;
        }

        boolean notYet() {
            return notYet;
        }
    }
}
