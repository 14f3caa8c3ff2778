package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

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
        decisions.returnToUnit(CaseVariables.caseId(execution),
                units.find(StepSupport.string(execution, PetitionCommuneProcess.CORRECT_UNIT)).orElseThrow(),
                StepSupport.string(execution, PetitionCommuneProcess.DECISION_NOTE), StepSupport.actor());
    }
}
