package vn.danvan.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.messaging.contract.Lateness;

/**
 * The dashboard's read model agrees with the case: same status, level, unit and lateness, and it has
 * seen the case's last event. The read model is fed by events, so only settled cases count.
 */
final class DashboardInvariant implements Invariant {

    static final String ID = "dashboard-read-model";

    private final JdbcClient jdbc;

    DashboardInvariant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String rule() {
        return "Once the consumers have caught up, the dashboard's row of a case has the case's status, level, "
                + "unit and lateness, and the sequence of the case's last event.";
    }

    @Override
    public List<Violation> check(CheckScope scope) {
        List<Violation> found = new ArrayList<>();
        jdbc.sql("""
                SELECT c.case_id, c.status, c.current_level, c.current_unit_code, c.late_state, c.updated_at,
                       (SELECT max(t.sequence) FROM case_timeline t WHERE t.case_id = c.case_id AND t.event_id IS NOT NULL)
                           AS last_event,
                       d.case_id AS projected, d.status AS d_status, d.current_level AS d_level, d.current_unit AS d_unit,
                       d.state AS d_state, d.last_sequence AS d_sequence
                FROM petition_case c LEFT JOIN dash_case d ON d.case_id = c.case_id
                WHERE true""" + CaseSelection.condition(scope, "c"))
                .params(CaseSelection.parameters(scope))
                .query((rs, n) -> {
                    if (!scope.isSettled(rs.getTimestamp("updated_at").toInstant())) {
                        return n;
                    }
                    String caseId = rs.getString("case_id");
                    if (rs.getString("projected") == null) {
                        found.add(new Violation(ID, caseId, "not in the dashboard"));
                        return n;
                    }
                    List<String> differences = new ArrayList<>();
                    differ(differences, "status", rs.getString("status"), rs.getString("d_status"));
                    differ(differences, "level", rs.getString("current_level"), rs.getString("d_level"));
                    differ(differences, "unit", rs.getString("current_unit_code"), rs.getString("d_unit"));
                    differ(differences, "last event", rs.getLong("last_event"), rs.getLong("d_sequence"));
                    boolean late = isLate(rs.getString("late_state"));
                    String state = rs.getString("d_state");
                    if (!"CLOSED".equals(state) && late != isLate(state)) {
                        differences.add("lateness: case " + rs.getString("late_state") + ", dashboard " + state);
                    }
                    if (!differences.isEmpty()) {
                        found.add(new Violation(ID, caseId, String.join("; ", differences)));
                    }
                    return n;
                }).list();
        return found;
    }

    private static boolean isLate(String state) {
        return Lateness.isLate(state);
    }

    private static void differ(List<String> differences, String what, Object inCase, Object inDashboard) {
        if (!Objects.equals(inCase, inDashboard)) {
            differences.add(what + ": case " + inCase + ", dashboard " + inDashboard);
        }
    }
}
