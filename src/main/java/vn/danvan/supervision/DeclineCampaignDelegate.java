package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The committee did not agree: the campaign leaves the programme ({@code closed}, status NOT_AGREED). */
@Component("declineCampaignDelegate")
class DeclineCampaignDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    DeclineCampaignDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.declined(SupervisionCampaignProcess.campaignId(execution), StepSupport.actor());
    }
}
