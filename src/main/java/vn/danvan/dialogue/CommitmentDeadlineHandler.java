package vn.danvan.dialogue;

import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepTiming;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;

/**
 * What a commitment does as its due date nears and passes: the reminder rises the Front's task in
 * Tasklist and goes out as {@code commitment-reminded}; lateness goes out as {@code commitment-overdue}
 * and is followed up by the owner's parent unit (two levels up when very late).
 */
@Component
class CommitmentDeadlineHandler implements DeadlineHandler {

    private final CommitmentTracking tracking;
    private final UnitDirectory units;
    private final CommitmentDeadlines deadlines;

    CommitmentDeadlineHandler(CommitmentTracking tracking, UnitDirectory units, CommitmentDeadlines deadlines) {
        this.tracking = tracking;
        this.units = units;
        this.deadlines = deadlines;
    }

    @Override
    public StepTiming timing() {
        return StepTiming.of(CommitmentDeadlines.KIND, CommitmentDeadlines.STAGE, (execution, stage) ->
                deadlines.clock((String) execution.getVariable(DialogueCommitmentProcess.COMMITMENT_ID)));
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        tracking.reminded(watch.subjectId());
        return "Sắp đến hạn thực hiện cam kết: " + Dates.shown(watch.dueAt());
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = units.above(watch.unitCode(), level);
        tracking.late(watch.subjectId(), Lateness.escalated(level), followedUpBy);
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        // a date fixed by a conclusion notice does not move with the calendar
    }
}
