package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Sends a refused case back to its commune with the reason; the commune tells the citizen. */
@Component("refuseCaseDelegate")
class RefuseCaseDelegate implements JavaDelegate {

    private final CaseDecisions decisions;

    RefuseCaseDelegate(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.refuse(CaseVariables.caseId(execution), StepSupport.string(execution, CaseVariables.ORIGIN_UNIT_CODE),
                StepSupport.string(execution, PetitionDistrictProcess.REFUSAL_REASON), StepSupport.actor());
    }
}
