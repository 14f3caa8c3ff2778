package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Closes the case as a duplicate, linked to its original. */
@Component("markDuplicateDelegate")
class MarkDuplicateDelegate implements JavaDelegate {

    private final CaseDecisions decisions;

    MarkDuplicateDelegate(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.markDuplicate(CaseVariables.caseId(execution),
                StepSupport.string(execution, PetitionCommuneProcess.DUPLICATE_OF),
                StepSupport.actor());
    }
}
