package vn.danvan.criticism;

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
 * The authority's written response to the criticism is due: reminded ({@code reminded}); late
 * ({@code overdue} LATE), the Party committee that leads the Front is told and follows it up (the
 * Front reports an unanswered criticism to its committee, 217-QĐ/TW); very late (VERY_LATE), the
 * committee above it.
 */
@Component
class ResponseDeadlineHandler implements DeadlineHandler {

    private final CriticismProgress progress;
    private final CriticismDeadlines deadlines;
    private final UnitDirectory units;

    ResponseDeadlineHandler(CriticismProgress progress, CriticismDeadlines deadlines, UnitDirectory units) {
        this.progress = progress;
        this.deadlines = deadlines;
        this.units = units;
    }

    @Override
    public String kind() {
        return CriticismDeadlines.RESPONSE_KIND;
    }

    @Override
    public Set<String> stages() {
        return Set.of(CriticismDeadlines.RESPONSE);
    }

    @Override
    public StepClock clock(DelegateExecution execution, String stage) {
        return deadlines.clock(execution, stage);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = "Sắp đến hạn cơ quan soạn thảo trả lời văn bản phản biện: " + StepSupport.shown(watch.dueAt());
        progress.responseTimed(watch.subjectId(), EventType.CRITICISM_REMINDED, null, watch.dueAt(), note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String due = StepSupport.shown(watch.dueAt());
        if (level > 1) {
            progress.responseTimed(watch.subjectId(), EventType.CRITICISM_OVERDUE, Lateness.VERY_LATE, watch.dueAt(),
                    "Cơ quan soạn thảo quá hạn trả lời nghiêm trọng (hạn " + due + ")");
            return units.committeeAbove(watch.unitCode()).code();
        }
        progress.responseTimed(watch.subjectId(), EventType.CRITICISM_OVERDUE, Lateness.LATE, watch.dueAt(),
                "Cơ quan soạn thảo chưa trả lời văn bản phản biện (hạn " + due + "); báo cáo cấp ủy");
        return units.leadingCommittee(watch.unitCode()).code();
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        progress.responseRescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
