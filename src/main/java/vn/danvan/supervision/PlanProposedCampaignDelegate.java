package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.supervision.SupervisionCampaigns.NewCampaign;

/**
 * The proposal unit accepted a proposal from recurring petitions: a campaign linked to those cases
 * enters the chosen unit's programme and waits for the committee's agreement.
 */
@Component("planProposedCampaignDelegate")
class PlanProposedCampaignDelegate implements JavaDelegate {

    static final String CAMPAIGN_PLANNED = "plannedCampaignId";

    private final CampaignPlanning planning;

    PlanProposedCampaignDelegate(CampaignPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer year = SupervisionSteps.integer(execution, SupervisionCampaignProcess.YEAR);
        Integer quarter = SupervisionSteps.integer(execution, SupervisionCampaignProcess.PLANNED_QUARTER);
        Campaign campaign = planning.planAndStart(new NewCampaign(SupervisionSteps.string(execution, "supervisingUnit"),
                year == null ? 0 : year, quarter == null ? 0 : quarter,
                SupervisionSteps.string(execution, SupervisionCampaignProcess.SUBJECT),
                SupervisionSteps.string(execution, SupervisionCampaignProcess.SUPERVISED_BODY),
                CampaignPlanning.caseIds(SupervisionSteps.string(execution, SupervisionCampaignProcess.LINKED_CASE_IDS)),
                null), SupervisionSteps.actor());
        execution.setVariable(CAMPAIGN_PLANNED, campaign.campaignId());
    }
}
