package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Records the district's conclusion and sends it to the commune, which informs the citizen. */
@Component("reportResolutionDelegate")
class ReportResolutionDelegate implements JavaDelegate {

    private final CaseDecisions decisions;

    ReportResolutionDelegate(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.resolveAtDistrict(CaseVariables.caseId(execution),
                StepSupport.string(execution, CaseVariables.ORIGIN_UNIT_CODE),
                StepSupport.string(execution, CaseVariables.OUTCOME),
                StepSupport.string(execution, CaseVariables.CONCLUSION),
                StepSupport.string(execution, PetitionDistrictProcess.DECISION_NUMBER), StepSupport.actor());
    }
}
