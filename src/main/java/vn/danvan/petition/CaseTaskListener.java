package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives every petition task a name that carries its case: "Phân loại đơn · HIEPAN-2026-00042: Đường
 * ngập nước", so a Tasklist list says which case each task is about while the diagram keeps the
 * plain step name.
 */
@Component("caseTaskListener")
class CaseTaskListener implements TaskListener {

    static final int MAX_NAME = 250;

    @Override
    public void notify(DelegateTask task) {
        String name = task.getName() + " · " + Steps.caseId(task) + ": " + task.getVariable(CaseVariables.SUBJECT);
        task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
    }
}
