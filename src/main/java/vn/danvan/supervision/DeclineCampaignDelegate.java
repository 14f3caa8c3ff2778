package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The committee did not agree: the campaign leaves the programme ({@code closed}, status NOT_AGREED). */
@Component("declineCampaignDelegate")
class DeclineCampaignDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    DeclineCampaignDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.declined(SupervisionSteps.campaignId(execution), SupervisionSteps.actor());
    }
}
