package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Records the committee's direction and sends it back to the district unit that referred the case. */
@Component("sendDirectionDelegate")
class SendDirectionDelegate implements JavaDelegate {

    private final CaseDecisions decisions;

    SendDirectionDelegate(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.direct(CaseVariables.caseId(execution),
                StepSupport.string(execution, PetitionCommitteeProcess.DISTRICT_UNIT_CODE),
                StepSupport.string(execution, PetitionCommitteeProcess.COMMITTEE_DIRECTION),
                StepSupport.string(execution, PetitionCommitteeProcess.DIRECTION_NUMBER), StepSupport.actor());
    }
}
