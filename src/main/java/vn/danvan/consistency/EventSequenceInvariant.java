package vn.danvan.consistency;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseProcesses;

/**
 * A case's, conference's and campaign's changes are numbered 1..n without gaps or repeats, and a
 * case's events on its topic carry those numbers, skipping only the steps the contract records
 * without a case event ({@link CaseProcesses#STEPS_WITHOUT_CASE_EVENT}, docs/events.md).
 */
final class EventSequenceInvariant implements Invariant {

    static final String ID = "event-sequence";

    private final JdbcClient jdbc;

    EventSequenceInvariant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String rule() {
        return "A case's timeline is numbered 1..n without gaps or repeats (n = the case's last sequence) and every "
                + "step has its vn.danvan.case.* event except the steps the contract records without one "
                + "(docs/events.md, sequence numbers); a conference's, a campaign's, a social criticism's and a "
                + "reporting period's numbered history runs 1..n likewise.";
    }

    @Override
    public List<Violation> check(CheckScope scope) {
        List<Violation> found = new ArrayList<>();
        jdbc.sql("""
                SELECT c.case_id, c.last_sequence, count(t.sequence) AS steps, count(DISTINCT t.sequence) AS numbers,
                       coalesce(min(t.sequence), 0) AS first, coalesce(max(t.sequence), 0) AS last,
                       count(*) FILTER (WHERE t.event_id IS NULL AND t.action NOT IN (:eventless)) AS without_event,
                       string_agg(CASE WHEN t.event_id IS NULL AND t.action NOT IN (:eventless)
                                  THEN t.sequence || ' ' || t.action END, ', ') AS which
                FROM petition_case c LEFT JOIN case_timeline t ON t.case_id = c.case_id
                WHERE true""" + CaseSelection.condition(scope, "c") + """

                GROUP BY c.case_id, c.last_sequence""")
                .params(CaseSelection.parameters(scope)).param("eventless", List.copyOf(CaseProcesses.STEPS_WITHOUT_CASE_EVENT))
                .query((rs, n) -> {
                    String caseId = rs.getString("case_id");
                    long last = rs.getLong("last_sequence");
                    if (rs.getLong("steps") != last || rs.getLong("numbers") != last
                            || last > 0 && (rs.getLong("first") != 1 || rs.getLong("last") != last)) {
                        found.add(new Violation(ID, caseId, "timeline numbers " + rs.getLong("first") + ".."
                                + rs.getLong("last") + " in " + rs.getLong("steps") + " steps, last sequence " + last));
                    }
                    if (rs.getLong("without_event") > 0) {
                        found.add(new Violation(ID, caseId, "steps without their case event: " + rs.getString("which")));
                    }
                    return caseId;
                }).list();
        if (scope.caseId() == null) {
            histories(scope, found);
        }
        return found;
    }

    /** Conferences', campaigns', criticisms' and reporting periods' numbered histories (their unnumbered notes published nothing). */
    private void histories(CheckScope scope, List<Violation> found) {
        String since = scope.since() == null ? "" : " WHERE h.at >= :since";
        for (String[] table : new String[][] {
                {"dialogue_conference", "dialogue_history", "conference_id"},
                {"supervision_campaign", "supervision_history", "campaign_id"},
                {"criticism", "criticism_history", "criticism_id"},
                {"unit_report_period", "unit_report_history", "period_id"}}) {
            String owner = table[0];
            String history = table[1];
            String id = table[2];
            jdbc.sql("SELECT o." + id + " AS id, o.last_sequence, count(h.sequence) AS steps,"
                    + " count(DISTINCT h.sequence) AS numbers, coalesce(max(h.sequence), 0) AS last"
                    + " FROM " + owner + " o LEFT JOIN " + history + " h ON h." + id + " = o." + id
                    + " WHERE o." + id + " IN (SELECT h." + id + " FROM " + history + " h" + since + ")"
                    + " GROUP BY o." + id + ", o.last_sequence")
                    .params(CaseSelection.parameters(scope))
                    .query((rs, n) -> {
                        long last = rs.getLong("last_sequence");
                        if (rs.getLong("steps") != last || rs.getLong("numbers") != last || rs.getLong("last") != last) {
                            found.add(new Violation(ID, rs.getString("id"), "history numbered up to " + rs.getLong("last")
                                    + " in " + rs.getLong("numbers") + " numbers, last sequence " + last));
                        }
                        return last;
                    }).list();
        }
    }
}
