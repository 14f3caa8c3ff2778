package vn.danvan.criticism;

import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineNotes;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepTiming;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;

/**
 * The authority's written response to the criticism is due: reminded ({@code reminded}); late
 * ({@code overdue} LATE), the Party committee that leads the Front is told and follows it up (the
 * Front reports an unanswered criticism to its committee, 217-QĐ/TW); very late (VERY_LATE), the
 * committee above it.
 */
@Component
class ResponseDeadlineHandler implements DeadlineHandler {

    private static final DeadlineNotes NOTES = new DeadlineNotes("cơ quan soạn thảo trả lời văn bản phản biện",
            "Cơ quan soạn thảo chưa trả lời văn bản phản biện (hạn %s); báo cáo cấp ủy",
            "Cơ quan soạn thảo quá hạn trả lời nghiêm trọng (hạn %s)");

    private final CriticismProgress progress;
    private final CriticismDeadlines deadlines;
    private final UnitDirectory units;

    ResponseDeadlineHandler(CriticismProgress progress, CriticismDeadlines deadlines, UnitDirectory units) {
        this.progress = progress;
        this.deadlines = deadlines;
        this.units = units;
    }

    @Override
    public StepTiming timing() {
        return StepTiming.of(CriticismDeadlines.RESPONSE_KIND, CriticismDeadlines.RESPONSE, deadlines::clock);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = NOTES.reminder(watch);
        progress.responseTimed(watch.subjectId(), EventType.CRITICISM_REMINDED, null, watch.dueAt(), note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = level == 1 ? units.leadingCommittee(watch.unitCode()).code()
                : units.committeeAbove(watch.unitCode()).code();
        progress.responseTimed(watch.subjectId(), EventType.CRITICISM_OVERDUE, Lateness.escalated(level), watch.dueAt(),
                NOTES.escalation(watch, level, followedUpBy));
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        progress.responseRescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
