package vn.danvan.petition;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepClock;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * What a petition's timed step does as its due date nears and passes: the reminder goes to the
 * unit's task (a comment and a higher priority, so it rises in Tasklist) and out as {@code reminded};
 * lateness is flagged on the case, goes out as {@code escalated}, and is followed up by the next
 * level (commune → district → committee) while the case stays with its handler.
 */
@Component
class CaseDeadlineHandler implements DeadlineHandler {

    private final PetitionCases cases;
    private final UnitDirectory units;
    private final CaseDeadlines deadlines;

    CaseDeadlineHandler(PetitionCases cases, UnitDirectory units, CaseDeadlines deadlines) {
        this.cases = cases;
        this.units = units;
        this.deadlines = deadlines;
    }

    @Override
    public String kind() {
        return CaseDeadlines.KIND;
    }

    @Override
    public Set<String> stages() {
        return CaseDeadlines.STAGES;
    }

    @Override
    public StepClock clock(DelegateExecution execution, String stage) {
        return deadlines.clock(execution, stage);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = "Sắp đến hạn xử lý: " + StepSupport.shown(watch.dueAt());
        cases.change(watch.subjectId(), EventType.CASE_REMINDED, StepSupport.SYSTEM, CaseChange.keep().note(note));
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = units.above(watch.unitCode(), level);
        cases.change(watch.subjectId(), EventType.CASE_ESCALATED, StepSupport.SYSTEM, CaseChange.keep()
                .set(CaseColumns.LATE_STATE, Lateness.escalated(level))
                .note((level == 1 ? "Quá hạn" : "Quá hạn nghiêm trọng") + " (hạn " + StepSupport.shown(watch.dueAt())
                        + "); đôn đốc: " + followedUpBy));
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        cases.change(watch.subjectId(), EventType.CASE_RECOMPUTED, StepSupport.SYSTEM, CaseChange.keep().set(CaseColumns.DUE_AT, watch.dueAt())
                .note(reason + ". Hạn mới: " + StepSupport.shown(watch.dueAt())));
    }
}
