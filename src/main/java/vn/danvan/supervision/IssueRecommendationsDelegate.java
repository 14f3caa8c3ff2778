package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the final report: its recommendations become tracked items. The multi-instance call
 * activity that follows starts one {@code supervision-recommendation} process for each.
 */
@Component("issueRecommendationsDelegate")
class IssueRecommendationsDelegate implements JavaDelegate {

    static final String RECOMMENDATION_COUNT = "recommendationCount";

    private final CampaignSteps steps;

    IssueRecommendationsDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var issued = steps.issue(SupervisionCampaignProcess.campaignId(execution),
                FinalReportForm.recommendations(execution));
        execution.setVariable(RECOMMENDATION_COUNT, issued.size());
    }
}
