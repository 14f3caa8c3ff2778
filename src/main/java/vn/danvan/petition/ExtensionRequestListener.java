package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Before the district's (or, for a case the commune resolves, the commune's) resolve task completes
 * with a request to extend, checks that the law
 * allows one more extension for this case and that the reason and decision are given. A refused
 * request leaves the task open with the reason shown in Tasklist.
 */
@Component("extensionRequestListener")
class ExtensionRequestListener implements TaskListener {

    private final DeadlineWatches watches;
    private final CaseDeadlines deadlines;
    private final PetitionCases cases;

    ExtensionRequestListener(DeadlineWatches watches, CaseDeadlines deadlines, PetitionCases cases) {
        this.watches = watches;
        this.deadlines = deadlines;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!PetitionDistrictProcess.Resolution.EXTEND.name().equals(StepSupport.string(task,
                PetitionDistrictProcess.RESOLUTION))) {
            return;
        }
        if (StepSupport.string(task, PetitionDistrictProcess.EXTENSION_REASON) == null
                || StepSupport.string(task, PetitionDistrictProcess.EXTENSION_DECISION) == null) {
            throw new StepRejectedException("Gia hạn cần nêu lý do và số quyết định gia hạn.");
        }
        PetitionCase c = cases.get(CaseVariables.caseId(task));
        watches.checkExtensionAllowed(deadlines.subject(c, CaseDeadlines.RESOLVE,
                StepSupport.string(task, CaseVariables.UNIT_CODE)));
    }
}
