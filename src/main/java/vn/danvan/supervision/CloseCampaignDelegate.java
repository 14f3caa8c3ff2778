package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Every recommendation is settled (resolved, closed or handed to a re-supervision): the campaign closes. */
@Component("closeCampaignDelegate")
class CloseCampaignDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    CloseCampaignDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closed(SupervisionCampaignProcess.campaignId(execution), StepSupport.actor());
    }
}
