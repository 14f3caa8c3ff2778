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
 * An organisation's opinion is due: reminded ({@code reminded}); late ({@code overdue} LATE), the Front
 * that asked urges it; very late (VERY_LATE), the Party committee that leads the Front follows up.
 */
@Component
class OpinionDeadlineHandler implements DeadlineHandler {

    private static final DeadlineNotes NOTES = new DeadlineNotes("góp ý dự thảo",
            "Quá hạn góp ý (hạn %s)", "Quá hạn góp ý nghiêm trọng (hạn %s); cấp ủy chỉ đạo");

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
    public StepTiming timing() {
        return StepTiming.of(CriticismDeadlines.OPINION_KIND, CriticismDeadlines.OPINIONS, deadlines::clock);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = NOTES.reminder(watch);
        opinions.timed(watch.subjectId(), EventType.CRITICISM_REMINDED, null, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        // the Front asked for the opinion: it urges the organisation; very late, the committee that leads it
        String front = criticisms.get(opinions.get(watch.subjectId()).criticismId()).unitCode();
        String followedUpBy = level == 1 ? front : units.leadingCommittee(front).code();
        opinions.timed(watch.subjectId(), EventType.CRITICISM_OVERDUE, Lateness.escalated(level),
                NOTES.escalation(watch, level, followedUpBy));
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        opinions.rescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
