package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/** Names the yearly prompt tasks after the unit and year, due on the unit's planning date. */
@Component("promptTaskListener")
class PromptTaskListener implements TaskListener {

    private final UnitDirectory units;

    PromptTaskListener(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitCode = (String) task.getVariable(DialogueYearlyPromptProcess.UNIT_CODE);
        String unitName = units.find(unitCode).map(Unit::name).orElse(unitCode);
        task.setName(task.getName() + " năm " + task.getVariable(DialogueYearlyPromptProcess.YEAR) + " · " + unitName);
        task.setDueDate((java.util.Date) task.getVariable(DialogueYearlyPromptProcess.PLAN_BY));
    }
}
