package vn.danvan.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.organization.Level;
import vn.danvan.petition.CaseProcesses;
import vn.danvan.petition.CaseStatus;

/**
 * A case and its process instances agree. Read with SQL over Camunda's runtime tables (one statement
 * for every case in scope, where the engine's query API would take one query per case).
 */
final class CaseProcessInvariant implements Invariant {

    static final String ID = "case-process";

    /** Whether the case is a second-instance complaint, which works in its own process at any level. */
    private static final String SECOND_INSTANCE = "EXISTS (SELECT 1 FROM " + CaseProcesses.SECOND_INSTANCE_TABLE
            + " s WHERE s." + CaseProcesses.SECOND_INSTANCE_CASE_COLUMN + " = c.case_id) AS second_instance\n";

    private final JdbcClient jdbc;

    CaseProcessInvariant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String rule() {
        return "A case that is not closed (a returned case works on at the right commune) has exactly one active "
                + "process instance at its current level (a second-instance complaint: its complaint-second-instance) (the levels below wait for its result; none above it); a "
                + "closed or duplicate case has none; a resolved case waits at no step that resolves it; no case has two instances of one process.";
    }

    private record Row(String caseId, String status, String level, java.time.Instant updatedAt, boolean secondInstance,
            String processKey, long instances, long resolvingTasks) {
    }

    @Override
    public List<Violation> check(CheckScope scope) {
        Map<String, List<Row>> byCase = new LinkedHashMap<>();
        jdbc.sql("""
                WITH cases AS (
                    SELECT c.case_id, c.status, c.current_level, c.updated_at, """ + SECOND_INSTANCE + """
                    FROM petition_case c WHERE true"""
                + CaseSelection.condition(scope, "c") + """
                ), instances AS (
                    SELECT e.business_key_ AS case_id, d.key_ AS process_key, count(*) AS instances
                    FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
                    WHERE e.parent_id_ IS NULL AND d.key_ IN (:keys) AND e.business_key_ IN (SELECT case_id FROM cases)
                    GROUP BY e.business_key_, d.key_
                ), resolving AS (
                    SELECT p.business_key_ AS case_id, count(*) AS tasks
                    FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_
                    WHERE t.task_def_key_ IN (:resolving) AND p.business_key_ IN (SELECT case_id FROM cases)
                    GROUP BY p.business_key_)
                SELECT c.case_id, c.status, c.current_level, c.updated_at, c.second_instance, i.process_key, i.instances,
                       coalesce(r.tasks, 0) AS resolving
                FROM cases c LEFT JOIN instances i ON i.case_id = c.case_id LEFT JOIN resolving r ON r.case_id = c.case_id
                ORDER BY c.case_id""")
                .params(CaseSelection.parameters(scope))
                .param("keys", CaseProcesses.KEYS).param("resolving", List.copyOf(CaseProcesses.RESOLVING_STEPS))
                .query((rs, n) -> new Row(rs.getString("case_id"), rs.getString("status"), rs.getString("current_level"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("second_instance"),
                        rs.getString("process_key"), rs.getLong("instances"),
                        rs.getLong("resolving")))
                .list().forEach(row -> byCase.computeIfAbsent(row.caseId(), k -> new ArrayList<>()).add(row));
        List<Violation> violations = new ArrayList<>();
        byCase.forEach((caseId, rows) -> violations.addAll(check(caseId, rows, scope)));
        return violations;
    }

    private List<Violation> check(String caseId, List<Row> rows, CheckScope scope) {
        List<Violation> found = new ArrayList<>();
        Row first = rows.get(0);
        CaseStatus status = CaseStatus.valueOf(first.status());
        Map<String, Long> instances = new LinkedHashMap<>();
        long resolving = first.resolvingTasks();
        for (Row row : rows) {
            if (row.processKey() != null) {
                instances.put(row.processKey(), row.instances());
            }
        }
        instances.forEach((key, count) -> {
            if (count > 1) {
                found.add(new Violation(ID, caseId, count + " active instances of " + key));
            }
        });
        if (!CaseProcesses.worksInAProcess(status)) {
            if (!instances.isEmpty()) {
                found.add(new Violation(ID, caseId, "status " + status + " but active " + instances.keySet()));
            }
            return found;
        }
        if (status == CaseStatus.RESOLVED && resolving > 0) {
            found.add(new Violation(ID, caseId, "status RESOLVED but its process still waits at a step that resolves it"));
        }
        // a hand-off between levels travels as an event: the next level's process starts when it is consumed
        if (!scope.isSettled(first.updatedAt())) {
            return found;
        }
        Level level = Level.valueOf(first.level());
        String expected = CaseProcesses.working(level, first.secondInstance());
        if (!instances.containsKey(expected)) {
            found.add(new Violation(ID, caseId, "status " + status + " at level " + level + " but no active " + expected));
        }
        for (Level above : Level.values()) {
            if (above.ordinal() > level.ordinal() && instances.containsKey(CaseProcesses.atLevel(above))) {
                found.add(new Violation(ID, caseId, "at level " + level + " but an instance of "
                        + CaseProcesses.atLevel(above) + " is still active"));
            }
        }
        return found;
    }
}
