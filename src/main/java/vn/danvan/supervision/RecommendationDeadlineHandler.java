package vn.danvan.supervision;

import org.camunda.bpm.engine.RuntimeService;
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
 * What an awaited answer to a recommendation does as its due date nears and passes: the reminder
 * goes to the unit's task and out as {@code reminded}; at the due date it goes out as {@code overdue}
 * (LATE), the recommendation process wakes the committee's task (urge, re-supervise or close) and
 * the unit itself gets the follow-up task to urge the body; very late, the committee follows up.
 */
@Component
class RecommendationDeadlineHandler implements DeadlineHandler {

    private static final DeadlineNotes NOTES = new DeadlineNotes("trả lời kiến nghị",
            "Quá hạn trả lời (hạn %s); báo cáo cấp ủy", "Quá hạn trả lời nghiêm trọng (hạn %s); cấp ủy chỉ đạo");

    private final SupervisionRecommendations recommendations;
    private final RuntimeService runtimeService;
    private final UnitDirectory units;

    private final SupervisionDeadlines deadlines;

    RecommendationDeadlineHandler(SupervisionRecommendations recommendations, RuntimeService runtimeService,
            UnitDirectory units, SupervisionDeadlines deadlines) {
        this.recommendations = recommendations;
        this.runtimeService = runtimeService;
        this.units = units;
        this.deadlines = deadlines;
    }

    @Override
    public StepTiming timing() {
        return StepTiming.of(SupervisionDeadlines.RECOMMENDATION_KIND, SupervisionDeadlines.RECOMMENDATION_ANSWER,
                deadlines::clock);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = NOTES.reminder(watch);
        recommendations.timed(watch.subjectId(), EventType.SUPERVISION_REMINDED, null, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        // late: the supervising unit urges the body it supervised (the committee's task is in the
        // recommendation process, woken below); very late: the committee follows up itself
        String followedUpBy = level == 1 ? watch.unitCode() : units.leadingCommittee(watch.unitCode()).code();
        recommendations.timed(watch.subjectId(), EventType.SUPERVISION_OVERDUE, Lateness.escalated(level),
                NOTES.escalation(watch, level, followedUpBy));
        if (level == 1) {
            recommendations.escalated(watch.subjectId());
            runtimeService.createMessageCorrelation(SupervisionRecommendationProcess.MESSAGE_OVERDUE)
                    .processInstanceBusinessKey(watch.subjectId())
                    .setVariable(SupervisionRecommendationProcess.ESCALATION_REASON,
                            "Đối tượng giám sát chưa trả lời kiến nghị, đã quá hạn " + StepSupport.shown(watch.dueAt()))
                    .correlateAllWithResult();
        }
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        recommendations.rescheduled(watch.subjectId(), watch.dueAt());
    }
}
