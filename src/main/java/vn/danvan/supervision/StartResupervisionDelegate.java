package vn.danvan.supervision;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.supervision.SupervisionCampaigns.NewCampaign;

/**
 * The committee ordered a re-supervision: a new campaign of the same unit on the same body, linked
 * to the old one and to its petition cases, enters this quarter's programme and starts its process.
 */
@Component("startResupervisionDelegate")
class StartResupervisionDelegate implements JavaDelegate {

    private final SupervisionCampaigns campaigns;
    private final SupervisionRecommendations recommendations;
    private final CampaignPlanning planning;

    StartResupervisionDelegate(SupervisionCampaigns campaigns, SupervisionRecommendations recommendations,
            CampaignPlanning planning) {
        this.campaigns = campaigns;
        this.recommendations = recommendations;
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation recommendation = recommendations.get(SupervisionRecommendationProcess.recommendationId(execution));
        Campaign old = campaigns.get(recommendation.campaignId());
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), StepSupport.VIETNAM);
        Campaign created = planning.planAndStart(new NewCampaign(old.unitCode(), today.getYear(),
                (today.getMonthValue() - 1) / 3 + 1, subject(old), old.supervisedBody(), old.caseIds(),
                old.campaignId()), StepSupport.actor());
        recommendations.resupervisedBy(recommendation.recommendationId(), created.campaignId());
        campaigns.change(old.campaignId(), null, StepSupport.actor(), CampaignChange.of("resupervision-ordered")
                .recommendation(recommendation).note("Giám sát lại: " + created.campaignId()));
    }

    private static String subject(Campaign old) {
        String subject = "Giám sát lại: " + old.subject();
        return subject.length() > 300 ? subject.substring(0, 300) : subject;
    }
}
