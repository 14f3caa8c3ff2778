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
 * An organisation's opinion is due: reminded ({@code reminded}); late ({@code overdue} LATE), the Front
 * that asked urges it; very late (VERY_LATE), the Party committee that leads the Front follows up.
 */
@Component
class OpinionDeadlineHandler implements DeadlineHandler {

    private final CriticismOpinions opinions;
    private final Criticisms criticisms;
    private final CriticismDeadlines deadlines;
    private final UnitDirectory units;

    OpinionDeadlineHandler(CriticismOpinions opinions, Criticisms criticisms, CriticismDeadlines deadlines,
            UnitDirectory units) {
        this.opinions = opinions;
        this.criticisms = criticisms;
        this.deadlines = deadlines;
        this.units = units;
    }

    @Override
    public String kind() {
        return CriticismDeadlines.OPINION_KIND;
    }

    @Override
    public Set<String> stages() {
        return Set.of(CriticismDeadlines.OPINIONS);
    }

    @Override
    public StepClock clock(DelegateExecution execution, String stage) {
        return deadlines.clock(execution, stage);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = "Sắp đến hạn góp ý dự thảo: " + StepSupport.shown(watch.dueAt());
        opinions.timed(watch.subjectId(), EventType.CRITICISM_REMINDED, null, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String front = criticisms.get(opinions.get(watch.subjectId()).criticismId()).unitCode();
        String due = StepSupport.shown(watch.dueAt());
        if (level > 1) {
            opinions.timed(watch.subjectId(), EventType.CRITICISM_OVERDUE, Lateness.VERY_LATE,
                    "Quá hạn góp ý nghiêm trọng (hạn " + due + "); cấp ủy chỉ đạo");
            return units.leadingCommittee(front).code();
        }
        opinions.timed(watch.subjectId(), EventType.CRITICISM_OVERDUE, Lateness.LATE, "Quá hạn góp ý (hạn " + due + ")");
        // the Front asked for the opinion: it urges the organisation
        return front;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        opinions.rescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
