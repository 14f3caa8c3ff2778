package vn.danvan.petition;

import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineNotes;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepTiming;
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

    private static final DeadlineNotes NOTES = new DeadlineNotes("xử lý",
            "Quá hạn (hạn %s); đôn đốc: %s", "Quá hạn nghiêm trọng (hạn %s); đôn đốc: %s");

    private final PetitionCases cases;
    private final UnitDirectory units;
    private final CaseDeadlines deadlines;

    CaseDeadlineHandler(PetitionCases cases, UnitDirectory units, CaseDeadlines deadlines) {
        this.cases = cases;
        this.units = units;
        this.deadlines = deadlines;
    }

    @Override
    public StepTiming timing() {
        return new StepTiming(CaseDeadlines.KIND, CaseDeadlines.STAGES, deadlines::clock);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = NOTES.reminder(watch);
        cases.change(watch.subjectId(), EventType.CASE_REMINDED, StepSupport.SYSTEM, CaseChange.keep().note(note));
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = units.above(watch.unitCode(), level);
        cases.change(watch.subjectId(), EventType.CASE_ESCALATED, StepSupport.SYSTEM, CaseChange.keep()
                .set(CaseColumns.LATE_STATE, Lateness.escalated(level))
                .note(NOTES.escalation(watch, level, followedUpBy)));
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        cases.change(watch.subjectId(), EventType.CASE_RECOMPUTED, StepSupport.SYSTEM, CaseChange.keep().set(CaseColumns.DUE_AT, watch.dueAt())
                .note(reason + ". Hạn mới: " + StepSupport.shown(watch.dueAt())));
    }
}
