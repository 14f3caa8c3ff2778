package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * On every petition task: when it appears, a name that carries its case ("Phân loại đơn ·
 * HIEPAN-2026-00042: Đường ngập nước", so a Tasklist list says which case each task is about while
 * the diagram keeps the plain step name; above the commune the name also says the level, as the
 * organisation data calls it: "Thụ lý đơn · Cấp huyện · ...") and, for a step the law times, its due
 * date and watch; when it is completed or removed, the end of that watch.
 */
@Component("caseTaskListener")
class CaseTaskListener implements TaskListener {

    private final CaseDeadlines deadlines;
    private final UnitDirectory units;

    CaseTaskListener(CaseDeadlines deadlines, UnitDirectory units) {
        this.deadlines = deadlines;
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            name(task);
            deadlines.taskCreated(task);
        } else {
            deadlines.taskEnded(task);
        }
    }

    private void name(DelegateTask task) {
        // the case's variables are the process's: read from the execution, a new task has none to load
        var execution = task.getExecution();
        StepSupport.name(task, task.getName() + " · " + levelOf(task) + CaseVariables.caseId(execution) + ": "
                + execution.getVariable(CaseVariables.SUBJECT));
    }

    /** The level's name for tasks above the commune (every petition starts at a commune: no lookup there). */
    private String levelOf(DelegateTask task) {
        if (task.getProcessDefinitionId().startsWith(PetitionCommuneProcess.KEY + ":")) {
            return "";
        }
        return units.find(StepSupport.string(task.getExecution(), CaseVariables.UNIT_CODE))
                .map(unit -> units.levelName(unit.level()) + " · ").orElse("");
    }
}
