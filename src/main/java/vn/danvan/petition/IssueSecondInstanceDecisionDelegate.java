package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * The second-instance decision: resolved and closed, which issues the numbered decision from the
 * resolving unit's register (documents module, from the {@code resolved} event).
 */
@Component("issueSecondInstanceDecisionDelegate")
class IssueSecondInstanceDecisionDelegate implements JavaDelegate {

    private final SecondInstances secondInstances;

    IssueSecondInstanceDecisionDelegate(SecondInstances secondInstances) {
        this.secondInstances = secondInstances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        secondInstances.decide(CaseVariables.caseId(execution),
                StepSupport.string(execution, SecondInstanceProcess.OUTCOME),
                StepSupport.string(execution, SecondInstanceProcess.CONCLUSION).strip(), StepSupport.actor());
    }
}
