package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.Deadline;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.platform.engine.StepSupport;

/**
 * Grants the extension by its written decision: the resolution period gets the rule's extra days
 * (counted from the original acceptance), the case's due date moves, {@code extended} goes out, and
 * the resolve task comes back with the new due date.
 */
@Component("extendDeadlineDelegate")
class ExtendDeadlineDelegate implements JavaDelegate {

    private final DeadlineWatches watches;
    private final CaseDeadlines deadlines;
    private final PetitionCases cases;

    ExtendDeadlineDelegate(DeadlineWatches watches, CaseDeadlines deadlines, PetitionCases cases) {
        this.watches = watches;
        this.deadlines = deadlines;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PetitionCase c = cases.get(CaseVariables.caseId(execution));
        String reason = StepSupport.string(execution, PetitionDistrictProcess.EXTENSION_REASON);
        String decision = StepSupport.string(execution, PetitionDistrictProcess.EXTENSION_DECISION);
        Deadline extended = watches.extend(deadlines.subject(c, CaseDeadlines.RESOLVE,
                StepSupport.string(execution, CaseVariables.UNIT_CODE)), CaseDeadlines.anchor(c, CaseDeadlines.RESOLVE),
                reason, decision, StepSupport.actor(), ClockUtil.getCurrentTime().toInstant());
        cases.change(c.caseId(), EventType.CASE_EXTENDED, StepSupport.actor(), CaseChange.keep()
                .set(CaseColumns.DUE_AT, extended.dueAt()).set(CaseColumns.LATE_STATE, Lateness.ON_TIME)
                .note("Gia hạn theo " + decision + ": " + reason + ". Hạn mới: " + StepSupport.shown(extended.dueAt())));
        // the next resolve task starts clean: no stale answer from the extension request
        execution.removeVariable(PetitionDistrictProcess.RESOLUTION);
    }
}
