package vn.danvan.supervision;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.calendar.StepClock;
import vn.danvan.platform.engine.StepSupport;

/**
 * Which supervision tasks are timed: those whose BPMN carries the property {@code deadlineStage}
 * (SELF_REPORT, RECOMMENDATION_ANSWER: rows of the rule table). Both count from the moment the task
 * appears: the notice was sent, or the report (or the committee's request to answer again) went out.
 */
@Component
class SupervisionDeadlines {

    static final String SELF_REPORT = "SELF_REPORT";
    static final String RECOMMENDATION_ANSWER = "RECOMMENDATION_ANSWER";
    static final String SELF_REPORT_KIND = "supervision-self-report";
    static final String RECOMMENDATION_KIND = "supervision-recommendation";

    private final DeadlineWatches watches;
    private final SupervisionCampaigns campaigns;
    private final SupervisionRecommendations recommendations;

    SupervisionDeadlines(DeadlineWatches watches, SupervisionCampaigns campaigns,
            SupervisionRecommendations recommendations) {
        this.watches = watches;
        this.campaigns = campaigns;
        this.recommendations = recommendations;
    }

    /** The step a timed task starts, for its timers: both count from the moment the task is entered. */
    StepClock clock(DelegateExecution execution, String stage) {
        String unitCode = StepSupport.string(execution, SupervisionCampaignProcess.UNIT_CODE);
        String label = StepSupport.string(execution, SupervisionCampaignProcess.SUBJECT);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return RECOMMENDATION_ANSWER.equals(stage)
                ? StepClock.counted(new DeadlineSubject(RECOMMENDATION_KIND,
                        SupervisionRecommendationProcess.recommendationId(execution),
                        stage, unitCode, null, null, false, label), now)
                : StepClock.counted(new DeadlineSubject(SELF_REPORT_KIND,
                        SupervisionCampaignProcess.campaignId(execution), stage,
                        unitCode, null, null, false, label), now);
    }

    void taskCreated(DelegateTask task) {
        String stage = DeadlineWatches.stageOf(task);
        watches.watchIfTimed(task).ifPresent(deadline -> {
            if (RECOMMENDATION_ANSWER.equals(stage)) {
                recommendations.awaited(SupervisionRecommendationProcess.recommendationId(task), deadline.dueAt(), StepSupport.actor());
            } else {
                campaigns.change(SupervisionCampaignProcess.campaignId(task), null, StepSupport.actor(),
                        CampaignChange.of("self-report-due").set(CampaignColumns.SELF_REPORT_DUE_AT, deadline.dueAt())
                                .note("Hạn gửi báo cáo tự kiểm tra: " + StepSupport.shown(deadline.dueAt())));
            }
        });
    }

    void taskEnded(DelegateTask task) {
        watches.ended(task);
    }
}
