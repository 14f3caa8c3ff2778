package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitDirectory;

/**
 * Sends a petition that is not this commune's to the unit that has the authority. The
 * {@code returned} event starts that unit's own commune process for the same case.
 */
@Component("returnToUnitDelegate")
class ReturnToUnitDelegate implements JavaDelegate {

    private final CaseDecisions decisions;
    private final UnitDirectory units;

    ReturnToUnitDelegate(CaseDecisions decisions, UnitDirectory units) {
        this.decisions = decisions;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.returnToUnit(Steps.caseId(execution),
                units.find(Steps.string(execution, PetitionCommuneProcess.CORRECT_UNIT)).orElseThrow(),
                Steps.string(execution, PetitionCommuneProcess.DECISION_NOTE), Steps.actor());
    }
}
