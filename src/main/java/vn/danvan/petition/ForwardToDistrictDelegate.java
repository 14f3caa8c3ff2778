package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * Hands the case to the level above: to the unit the routing table named (if it names one that
 * handles petitions), else to the commune's parent unit (the district's reception office, or the
 * province's after the 2025 reform). The {@code forwarded} event starts that level's process.
 */
@Component("forwardToDistrictDelegate")
class ForwardToDistrictDelegate implements JavaDelegate {

    private final CaseDecisions decisions;
    private final UnitDirectory units;

    ForwardToDistrictDelegate(CaseDecisions decisions, UnitDirectory units) {
        this.decisions = decisions;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Unit commune = units.find(StepSupport.string(execution, CaseVariables.UNIT_CODE)).orElseThrow();
        Unit district = routedUnit(execution).orElseGet(() -> units.find(commune.parentCode()).orElseThrow(
                () -> new IllegalStateException("No unit above " + commune.code() + " takes petitions")));
        decisions.forward(CaseVariables.caseId(execution), district,
                StepSupport.string(execution, CaseVariables.FORWARD_REASON),
                StepSupport.actor());
    }

    private java.util.Optional<Unit> routedUnit(DelegateExecution execution) {
        if (Level.parse(StepSupport.string(execution, CaseVariables.HANDLING_LEVEL)) != Level.DISTRICT) {
            return java.util.Optional.empty();
        }
        return units.find(StepSupport.string(execution, CaseVariables.HANDLING_UNIT))
                .filter(unit -> unit.kind().handlesPetitions() && unit.level() == Level.DISTRICT);
    }
}
