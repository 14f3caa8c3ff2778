package vn.danvan.supervision;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.platform.engine.StepSupport;

/**
 * What an awaited answer to a recommendation does as its due date nears and passes: the reminder
 * goes to the unit's task and out as {@code reminded}; at the due date it goes out as {@code overdue}
 * (LATE), the recommendation process wakes the committee's task (urge, re-supervise or close) and
 * the unit itself gets the follow-up task to urge the body; very late, the committee follows up.
 */
@Component
class RecommendationDeadlineHandler implements DeadlineHandler {

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
    public String kind() {
        return SupervisionDeadlines.RECOMMENDATION_KIND;
    }

    @Override
    public java.util.Set<String> stages() {
        return java.util.Set.of(SupervisionDeadlines.RECOMMENDATION_ANSWER);
    }

    @Override
    public vn.danvan.calendar.StepClock clock(org.camunda.bpm.engine.delegate.DelegateExecution execution, String stage) {
        return deadlines.clock(execution, stage);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = "Sắp đến hạn trả lời kiến nghị: " + StepSupport.shown(watch.dueAt());
        recommendations.timed(watch.subjectId(), EventType.SUPERVISION_REMINDED, null, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String due = StepSupport.shown(watch.dueAt());
        if (level > 1) {
            recommendations.timed(watch.subjectId(), EventType.SUPERVISION_OVERDUE, Lateness.VERY_LATE,
                    "Quá hạn trả lời nghiêm trọng (hạn " + due + "); cấp ủy chỉ đạo");
            return units.leadingCommittee(watch.unitCode()).code();
        }
        recommendations.timed(watch.subjectId(), EventType.SUPERVISION_OVERDUE, Lateness.LATE,
                "Quá hạn trả lời (hạn " + due + "); báo cáo cấp ủy");
        recommendations.escalated(watch.subjectId());
        runtimeService.createMessageCorrelation(SupervisionRecommendationProcess.MESSAGE_OVERDUE)
                .processInstanceBusinessKey(watch.subjectId())
                .setVariable(SupervisionRecommendationProcess.ESCALATION_REASON,
                        "Đối tượng giám sát chưa trả lời kiến nghị, đã quá hạn " + due)
                .correlateAllWithResult();
        // the supervising unit urges the body it supervised; the committee's task is in the recommendation process
        return watch.unitCode();
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        recommendations.rescheduled(watch.subjectId(), watch.dueAt());
    }
}
