package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** The second instance is not accepted: the case is refused with its reason and closed. */
@Component("refuseSecondInstanceDelegate")
class RefuseSecondInstanceDelegate implements JavaDelegate {

    private final SecondInstances secondInstances;

    RefuseSecondInstanceDelegate(SecondInstances secondInstances) {
        this.secondInstances = secondInstances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        secondInstances.refuse(CaseVariables.caseId(execution),
                StepSupport.string(execution, SecondInstanceProcess.REFUSAL_REASON).strip(),
                StepSupport.actor());
    }
}
