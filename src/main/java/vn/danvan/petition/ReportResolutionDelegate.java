package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the district's conclusion and sends it to the commune, which informs the citizen. */
@Component("reportResolutionDelegate")
class ReportResolutionDelegate implements JavaDelegate {

    private final CaseDecisions decisions;

    ReportResolutionDelegate(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.resolveAtDistrict(Steps.caseId(execution), Steps.string(execution, CaseVariables.ORIGIN_UNIT_CODE),
                Steps.string(execution, CaseVariables.OUTCOME), Steps.string(execution, CaseVariables.CONCLUSION),
                Steps.string(execution, PetitionDistrictProcess.DECISION_NUMBER), Steps.actor());
    }
}
