package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/** Reports the case to the Party committee unit the routing table named; the district then waits. */
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
        String routed = Steps.string(execution, CaseVariables.HANDLING_UNIT);
        Unit committee = (routed == null ? units.atLevel(Unit.COMMITTEE).stream().findFirst()
                : units.find(routed)).orElseThrow(() -> new IllegalStateException("No committee unit " + routed));
        decisions.referToCommittee(Steps.caseId(execution), committee,
                Steps.string(execution, CaseVariables.ROUTING_NOTE), Steps.actor());
    }
}
