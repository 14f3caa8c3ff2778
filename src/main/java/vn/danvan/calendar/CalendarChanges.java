package vn.danvan.calendar;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's change of the calendar, and its consequence: every open step whose period
 * covers the changed day gets its dates computed again, its timers moved, and a note in its case's
 * timeline (through its module's handler).
 */
@Service
class CalendarChanges {

    private final JdbcClient jdbc;
    private final DeadlineWatches watches;
    private final DeadlineHandlers handlers;
    private final TaskService taskService;

    CalendarChanges(JdbcClient jdbc, DeadlineWatches watches, DeadlineHandlers handlers, TaskService taskService) {
        this.jdbc = jdbc;
        this.watches = watches;
        this.handlers = handlers;
        this.taskService = taskService;
    }

    /** @return how many open steps got new dates */
    @Transactional
    int put(CalendarDay day) {
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name_vi, source) VALUES (?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name_vi = excluded.name_vi, source = excluded.source""")
                .params(day.day(), day.kind(), day.name(), day.source()).update();
        return recompute(day.day(), (CalendarDay.DAY_OFF.equals(day.kind()) ? "Thêm ngày nghỉ " : "Thêm ngày làm bù ")
                + day.day() + " (" + day.name() + ")");
    }

    @Transactional
    int remove(LocalDate day) {
        int removed = jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(day).update();
        return removed == 0 ? 0 : recompute(day, "Bỏ ngày ngoại lệ " + day + " khỏi lịch");
    }

    private int recompute(LocalDate day, String reason) {
        int changed = 0;
        for (DeadlineWatches.OpenDeadline open : watches.openCovering(WorkingCalendar.endOf(day.minusDays(1)),
                WorkingCalendar.endOf(day))) {
            var deadline = watches.recompute(open);
            if (deadline.isPresent()) {
                DeadlineSubject s = open.subject();
                handlers.of(s.kind()).rescheduled(new DeadlineWatch(open.taskId(), s.kind(), s.subjectId(), s.stage(),
                        s.unitCode(), deadline.get().remindAt(), deadline.get().dueAt(), deadline.get().veryLateAt()),
                        reason);
                if (taskService.createTaskQuery().taskId(open.taskId()).count() > 0) {
                    taskService.setDueDate(open.taskId(), java.util.Date.from(deadline.get().dueAt()));
                }
                changed++;
            }
        }
        return changed;
    }
}
