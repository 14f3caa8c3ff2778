package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Callers;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.supervision.SupervisionCampaigns.NewCampaign;

/**
 * First step of a campaign. One entered with Tasklist's start form is registered here, in the
 * programme of the unit named on the form, which the officer must belong to; one planned by the
 * application (re-supervision, proposal) is already registered.
 */
@Component("registerCampaignDelegate")
class RegisterCampaignDelegate implements JavaDelegate {

    private final CampaignPlanning planning;
    private final Callers callers;

    RegisterCampaignDelegate(CampaignPlanning planning, Callers callers) {
        this.planning = planning;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (SupervisionCampaignProcess.campaignId(execution) != null) {
            return;
        }
        String officer = StepSupport.string(execution, SupervisionCampaignProcess.INITIATOR);
        String unitCode = StepSupport.string(execution, SupervisionCampaignProcess.UNIT_CODE);
        if (officer != null && !callers.ofUser(officer).isIn(unitCode) && !callers.ofUser(officer).administers()) {
            throw new StepRejectedException("Tài khoản " + officer + " không thuộc đơn vị " + unitCode
                    + ": chỉ cán bộ của đơn vị chủ trì mới đưa cuộc giám sát vào chương trình của đơn vị.");
        }
        Integer year = StepSupport.integer(execution, SupervisionCampaignProcess.YEAR);
        Integer quarter = StepSupport.integer(execution, SupervisionCampaignProcess.PLANNED_QUARTER);
        Campaign campaign = planning.plan(new NewCampaign(unitCode, year == null ? 0 : year, quarter == null ? 0 : quarter,
                StepSupport.string(execution, SupervisionCampaignProcess.SUBJECT),
                StepSupport.string(execution, SupervisionCampaignProcess.SUPERVISED_BODY),
                CampaignPlanning.caseIds(StepSupport.string(execution, SupervisionCampaignProcess.LINKED_CASE_IDS)),
                null), officer == null ? StepSupport.SYSTEM : officer);
        execution.setProcessBusinessKey(campaign.campaignId());
        execution.setVariables(planning.variables(campaign));
    }
}
