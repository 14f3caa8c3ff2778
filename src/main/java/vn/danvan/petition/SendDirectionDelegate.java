package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the committee's direction and sends it back to the district unit that referred the case. */
@Component("sendDirectionDelegate")
class SendDirectionDelegate implements JavaDelegate {

    private final CaseDecisions decisions;

    SendDirectionDelegate(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.direct(Steps.caseId(execution), Steps.string(execution, PetitionCommitteeProcess.DISTRICT_UNIT_CODE),
                Steps.string(execution, PetitionCommitteeProcess.COMMITTEE_DIRECTION),
                Steps.string(execution, PetitionCommitteeProcess.DIRECTION_NUMBER), Steps.actor());
    }
}
