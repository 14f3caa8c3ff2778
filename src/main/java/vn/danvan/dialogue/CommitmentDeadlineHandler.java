package vn.danvan.dialogue;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * What a commitment does as its due date nears and passes: the reminder rises the Front's task in
 * Tasklist and goes out as {@code commitment-reminded}; lateness goes out as {@code commitment-overdue}
 * and is followed up by the owner's parent unit (two levels up when very late).
 */
@Component
class CommitmentDeadlineHandler implements DeadlineHandler {

    static final int REMINDED_PRIORITY = 75;

    private final CommitmentTracking tracking;
    private final UnitDirectory units;
    private final TaskService taskService;

    CommitmentDeadlineHandler(CommitmentTracking tracking, UnitDirectory units, TaskService taskService) {
        this.tracking = tracking;
        this.units = units;
        this.taskService = taskService;
    }

    @Override
    public String kind() {
        return CommitmentDeadlines.KIND;
    }

    @Override
    public void reminded(DeadlineWatch watch) {
        tracking.reminded(watch.subjectId());
        var task = taskService.createTaskQuery().taskId(watch.taskId()).singleResult();
        if (task != null) {
            taskService.createComment(task.getId(), task.getProcessInstanceId(),
                    "Sắp đến hạn thực hiện cam kết: " + Dates.shown(watch.dueAt()));
            taskService.setPriority(task.getId(), Math.max(task.getPriority(), REMINDED_PRIORITY));
        }
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = above(watch.unitCode(), level);
        tracking.late(watch.subjectId(), level == 1 ? "LATE" : "VERY_LATE", followedUpBy);
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        // a date fixed by a conclusion notice does not move with the calendar
    }

    private String above(String unitCode, int levels) {
        String current = unitCode;
        for (int i = 0; i < levels; i++) {
            String parent = units.find(current).map(Unit::parentCode).orElse(null);
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }
}
