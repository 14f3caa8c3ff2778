package vn.danvan.consistency;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A timed task and its deadline agree: one open deadline row per open timed task, with its reminder,
 * escalation and very-late timers waiting at the row's dates; a finished task has no open deadline.
 * Timers are matched to the row by date, not by name, so a timer left at an old date after the
 * calendar changed counts as missing.
 */
final class TimedTaskInvariant implements Invariant {

    static final String ID = "timed-task-deadline";

    /** A timer's due date is kept to the millisecond by PostgreSQL, a deadline's too; rounding only. */
    private static final Duration SAME_MOMENT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;

    TimedTaskInvariant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String rule() {
        return "Every open timed task has exactly one open deadline, whose reminder, escalation and very-late "
                + "timers wait on the task at the deadline's dates (those not yet passed); a finished task has no "
                + "open deadline, and no task has deadline timers without an open deadline.";
    }

    private record Open(String taskId, String subjectId, Instant remindAt, Instant dueAt, Instant veryLateAt,
            String executionId, String watchInstanceId, boolean taskActive, boolean watchActive, List<Instant> timers) {
    }

    @Override
    public List<Violation> check(CheckScope scope) {
        List<Violation> found = new ArrayList<>();
        for (Open open : openDeadlines(scope)) {
            String subject = open.subjectId();
            if (!open.taskActive()) {
                found.add(new Violation(ID, subject, "deadline of task " + open.taskId() + " is open but the task is finished"));
                continue;
            }
            if (open.executionId() == null) {
                // a step of an upgraded database: its legacy deadline-watch process holds the timers
                if (open.watchInstanceId() == null || !open.watchActive()) {
                    found.add(new Violation(ID, subject, "task " + open.taskId() + " has an open deadline but no timers"));
                }
                continue;
            }
            check(open, "reminder", open.remindAt(), scope.now(), found);
            check(open, "escalation", open.dueAt(), scope.now(), found);
            check(open, "very-late", open.veryLateAt(), scope.now(), found);
        }
        jdbc.sql("""
                SELECT t.id_ AS task_id, coalesce(p.business_key_, t.proc_inst_id_) AS subject
                FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_
                WHERE EXISTS (SELECT 1 FROM act_ru_job j JOIN act_ru_jobdef jd ON jd.id_ = j.job_def_id_
                              WHERE j.execution_id_ = t.execution_id_ AND j.handler_type_ = 'timer-transition'
                                AND jd.act_id_ LIKE 'BoundaryTimer%')
                  AND NOT EXISTS (SELECT 1 FROM deadline d WHERE d.task_id = t.id_ AND d.state = 'OPEN')""")
                .query((rs, n) -> new Violation(ID, rs.getString("subject"), "task " + rs.getString("task_id")
                        + " has deadline timers but no open deadline"))
                .list().stream().filter(v -> scope.caseId() == null || scope.caseId().equals(v.subjectId()))
                .forEach(found::add);
        return found;
    }

    private static void check(Open open, String timer, Instant at, Instant now, List<Violation> found) {
        if (!at.isAfter(now)) {
            return; // passed: the timer fired (or is firing)
        }
        long waiting = open.timers().stream()
                .filter(t -> Duration.between(t, at).abs().compareTo(SAME_MOMENT) <= 0).count();
        if (waiting != 1) {
            found.add(new Violation(ID, open.subjectId(), "task " + open.taskId() + ": " + waiting + " " + timer
                    + " timers at " + at + " (timers waiting at " + open.timers() + ")"));
        }
    }

    private List<Open> openDeadlines(CheckScope scope) {
        StringBuilder sql = new StringBuilder("""
                SELECT d.task_id, d.subject_id, d.remind_at, d.due_at, d.very_late_at, d.execution_id,
                       d.watch_instance_id, t.id_ IS NOT NULL AS task_active,
                       EXISTS (SELECT 1 FROM act_ru_execution w WHERE w.id_ = d.watch_instance_id) AS watch_active,
                       (SELECT array_agg(j.duedate_) FROM act_ru_job j
                        WHERE j.execution_id_ = d.execution_id AND j.handler_type_ = 'timer-transition') AS timers
                FROM deadline d LEFT JOIN act_ru_task t ON t.id_ = d.task_id
                WHERE d.state = 'OPEN'""");
        Map<String, Object> parameters = CaseSelection.parameters(scope);
        if (scope.caseId() != null) {
            sql.append(" AND d.subject_id = :caseId");
        } else if (scope.since() != null) {
            // the deadlines of cases changed since then, and those of conferences and campaigns
            sql.append(" AND (d.subject_id IN (SELECT case_id FROM petition_case WHERE updated_at >= :since)"
                    + " OR NOT EXISTS (SELECT 1 FROM petition_case c WHERE c.case_id = d.subject_id))");
        }
        return jdbc.sql(sql.toString()).params(parameters).query((rs, n) -> new Open(rs.getString("task_id"),
                rs.getString("subject_id"), instant(rs.getTimestamp("remind_at")), instant(rs.getTimestamp("due_at")),
                instant(rs.getTimestamp("very_late_at")), rs.getString("execution_id"), rs.getString("watch_instance_id"),
                rs.getBoolean("task_active"), rs.getBoolean("watch_active"), instants(rs.getArray("timers")))).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    /** Camunda writes a job's due date as a local timestamp of the JVM's zone; read back in the same zone. */
    private static List<Instant> instants(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Instant> instants = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            instants.add(((Timestamp) value).toInstant());
        }
        return instants;
    }
}
