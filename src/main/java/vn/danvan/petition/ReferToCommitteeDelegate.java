package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/** Reports the case to the Party committee that directs the district unit; the district then waits. */
@Component("referToCommitteeDelegate")
class ReferToCommitteeDelegate implements JavaDelegate {

    private final CaseDecisions decisions;
    private final UnitDirectory units;

    ReferToCommitteeDelegate(CaseDecisions decisions, UnitDirectory units) {
        this.decisions = decisions;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the routing table may name a committee body; else the Party committee that directs this unit
        String routed = StepSupport.string(execution, CaseVariables.HANDLING_UNIT);
        Unit committee = units.find(routed).filter(unit -> unit.kind().leads())
                .orElseGet(() -> units.committeeAbove(StepSupport.string(execution, CaseVariables.UNIT_CODE)));
        decisions.referToCommittee(CaseVariables.caseId(execution), committee,
                StepSupport.string(execution, CaseVariables.ROUTING_NOTE), StepSupport.actor());
    }
}
