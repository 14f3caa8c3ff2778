package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.supervision.SupervisionCampaigns.NewCampaign;

/**
 * The proposal unit accepted a proposal from recurring petitions: a campaign linked to those cases
 * enters the chosen unit's programme and waits for the committee's agreement.
 */
@Component("planProposedCampaignDelegate")
class PlanProposedCampaignDelegate implements JavaDelegate {

    private final CampaignPlanning planning;

    PlanProposedCampaignDelegate(CampaignPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer year = StepSupport.integer(execution, SupervisionCampaignProcess.YEAR);
        Integer quarter = StepSupport.integer(execution, SupervisionCampaignProcess.PLANNED_QUARTER);
        Campaign campaign = planning.planAndStart(new NewCampaign(StepSupport.string(execution,
                SupervisionProposalProcess.SUPERVISING_UNIT),
                year == null ? 0 : year, quarter == null ? 0 : quarter,
                StepSupport.string(execution, SupervisionCampaignProcess.SUBJECT),
                StepSupport.string(execution, SupervisionCampaignProcess.SUPERVISED_BODY),
                CampaignPlanning.caseIds(StepSupport.string(execution, SupervisionCampaignProcess.LINKED_CASE_IDS)),
                null), StepSupport.actor());
        execution.setVariable(SupervisionProposalProcess.CAMPAIGN_PLANNED, campaign.campaignId());
    }
}
