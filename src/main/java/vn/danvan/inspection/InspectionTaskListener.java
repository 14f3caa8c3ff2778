package vn.danvan.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineWatches;

/**
 * On every inspection task: when it appears, a name that carries the case or campaign ("Xác minh ·
 * LIENNGHIA-2026-00007", so the list in Tasklist says what each is about) and the due date of its
 * timed step; when it ends, the end of that step's watch.
 */
@Component("inspectionTaskListener")
class InspectionTaskListener implements TaskListener {

    private final DeadlineWatches watches;

    InspectionTaskListener(DeadlineWatches watches) {
        this.watches = watches;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setName(task.getName() + " · " + task.getExecution().getVariable(PartyInspectionProcess.SUBJECT_ID));
            watches.watchIfTimed(task);
        } else {
            watches.ended(task);
        }
    }
}
