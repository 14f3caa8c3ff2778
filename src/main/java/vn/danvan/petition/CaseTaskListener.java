package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every petition task: when it appears, a name that carries its case ("Phân loại đơn ·
 * HIEPAN-2026-00042: Đường ngập nước", so a Tasklist list says which case each task is about while
 * the diagram keeps the plain step name) and, for a step the law times, its due date and watch; when
 * it is completed or removed, the end of that watch.
 */
@Component("caseTaskListener")
class CaseTaskListener implements TaskListener {

    static final int MAX_NAME = 250;

    private final CaseDeadlines deadlines;

    CaseTaskListener(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
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

    private static void name(DelegateTask task) {
        String name = task.getName() + " · " + Steps.caseId(task) + ": " + task.getVariable(CaseVariables.SUBJECT);
        task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
    }
}
