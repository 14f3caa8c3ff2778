package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * Hands the case to the district: to the unit the routing table named, else to the commune's
 * parent unit. The {@code forwarded} event starts the district's process.
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
        String routed = Unit.DISTRICT.equals(Steps.string(execution, CaseVariables.HANDLING_LEVEL))
                ? Steps.string(execution, CaseVariables.HANDLING_UNIT) : null;
        Unit commune = units.find(Steps.string(execution, CaseVariables.UNIT_CODE)).orElseThrow();
        String districtCode = routed != null ? routed : commune.parentCode();
        Unit district = units.find(districtCode).orElseThrow(
                () -> new IllegalStateException("No district unit '" + districtCode + "' for " + commune.code()));
        decisions.forward(Steps.caseId(execution), district, Steps.string(execution, CaseVariables.FORWARD_REASON),
                Steps.actor());
    }
}
