package vn.danvan.dashboard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitScope;
import vn.danvan.supervision.SupervisionTargetRule;

/** Reads the read model for the page, the JSON summary and the exports. Never touches Camunda's tables. */
@Component
class DashboardQueries {

    private final JdbcClient jdbc;
    private final SupervisionTargetRule supervisionTarget;

    /** The yearly supervision target is the supervision module's setting, read here from the same keys. */
    DashboardQueries(JdbcClient jdbc, SupervisionTargetRule supervisionTarget) {
        this.jdbc = jdbc;
        this.supervisionTarget = supervisionTarget;
    }

    Map<String, Object> caseSummary(CaseFilter filter, UnitScope scope) {
        CaseFilter.Condition where = filter.condition(scope, true);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("totals", jdbc.sql("""
                SELECT coalesce(sum(cases) FILTER (WHERE state <> 'CLOSED'), 0) AS open,
                       coalesce(sum(cases) FILTER (WHERE state = 'DUE_SOON'), 0) AS due_soon,
                       coalesce(sum(cases) FILTER (WHERE state = 'LATE'), 0) AS late,
                       coalesce(sum(cases) FILTER (WHERE state = 'VERY_LATE'), 0) AS very_late,
                       coalesce(sum(cases) FILTER (WHERE state = 'CLOSED'), 0) AS closed,
                       coalesce(sum(closed_on_time), 0) AS closed_on_time,
                       coalesce(sum(escalated_cases), 0) AS escalated_cases,
                       coalesce(sum(escalations), 0) AS escalations,
                       coalesce(sum(against_table), 0) AS against_table
                FROM dash_case_bucket WHERE %s""".formatted(where.sql())).params(where.params()).query().singleRow());
        summary.put("byLevel", rows("""
                SELECT current_level AS level, sum(cases) FILTER (WHERE state <> 'CLOSED') AS open,
                       sum(cases) FILTER (WHERE state IN ('LATE', 'VERY_LATE')) AS late
                FROM dash_case_bucket WHERE %s GROUP BY current_level ORDER BY current_level""", where));
        summary.put("byUnit", rows("""
                SELECT origin_unit AS unit, sum(cases) FILTER (WHERE state <> 'CLOSED') AS open,
                       sum(cases) FILTER (WHERE state = 'DUE_SOON') AS due_soon,
                       sum(cases) FILTER (WHERE state IN ('LATE', 'VERY_LATE')) AS late,
                       sum(cases) FILTER (WHERE state = 'CLOSED') AS closed, sum(closed_on_time) AS closed_on_time,
                       sum(escalations) AS escalations, sum(against_table) AS against_table
                FROM dash_case_bucket WHERE %s GROUP BY origin_unit ORDER BY origin_unit""", where));
        summary.put("byType", rows("""
                SELECT case_type AS type, sum(cases) FILTER (WHERE state <> 'CLOSED') AS open,
                       sum(cases) FILTER (WHERE state = 'CLOSED') AS closed
                FROM dash_case_bucket WHERE %s GROUP BY case_type ORDER BY case_type""", where));
        summary.put("stageDays", jdbc.sql("""
                SELECT sum(classify_s) / nullif(sum(classify_n), 0) / 86400 AS classify,
                       sum(accept_s) / nullif(sum(accept_n), 0) / 86400 AS accept,
                       sum(resolve_s) / nullif(sum(resolve_n), 0) / 86400 AS resolve,
                       sum(answer_s) / nullif(sum(answer_n), 0) / 86400 AS answer
                FROM dash_case_bucket WHERE %s""".formatted(where.sql())).params(where.params()).query().singleRow());
        summary.put("received", rows("""
                SELECT to_char(received_month, 'YYYY-MM') AS month, sum(cases) AS cases
                FROM dash_case_bucket WHERE %s GROUP BY received_month ORDER BY received_month""", where));
        CaseFilter.Condition closedWhere = new CaseFilter(filter.unit(), null, null, filter.type(), null, null)
                .condition(scope, true);
        summary.put("closed", rows("""
                SELECT to_char(closed_month, 'YYYY-MM') AS month, sum(closed) AS closed, sum(on_time) AS on_time
                FROM dash_closed_bucket WHERE %s GROUP BY closed_month ORDER BY closed_month""", closedWhere));
        return summary;
    }

    /** Citizens' ratings per unit (all years): how many, how many four or five stars, the average. */
    List<Map<String, Object>> satisfaction(String unit, UnitScope scope) {
        StringBuilder sql = new StringBuilder("""
                SELECT origin_unit AS unit, count(*) AS ratings, count(*) FILTER (WHERE stars >= 4) AS satisfied,
                       round(avg(stars), 2) AS average FROM dash_rating WHERE true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null) {
            sql.append(" AND origin_unit = :unit");
            params.put("unit", unit);
        }
        if (!scope.isAll()) {
            sql.append(" AND origin_unit IN (:scope)");
            params.put("scope", scope.units().isEmpty() ? List.of("") : scope.units());
        }
        sql.append(" GROUP BY origin_unit ORDER BY origin_unit");
        return jdbc.sql(sql.toString()).params(params).query().listOfRows();
    }

    Map<String, Object> scorecard(int year, UnitScope scope, List<String> supervisingUnits) {
        Map<String, Object> card = new LinkedHashMap<>();
        List<Map<String, Object>> campaigns = jdbc.sql("""
                SELECT unit, count(*) FILTER (WHERE status NOT IN (:uncounted)) AS campaigns,
                       count(*) FILTER (WHERE status = :completed) AS closed
                FROM dash_supervision WHERE year = :year GROUP BY unit""")
                .param("uncounted", supervisionTarget.uncountedStatuses())
                .param("completed", supervisionTarget.completedStatus()).param("year", year).query().listOfRows();
        Map<String, Map<String, Object>> byUnit = new LinkedHashMap<>();
        for (String unit : supervisingUnits) {
            if (scope.covers(unit)) {
                byUnit.put(unit, new LinkedHashMap<>(Map.of("unit", unit, "campaigns", 0L, "closed", 0L)));
            }
        }
        for (Map<String, Object> row : campaigns) {
            if (byUnit.containsKey((String) row.get("unit"))) {
                byUnit.put((String) row.get("unit"), new LinkedHashMap<>(row));
            }
        }
        // judged by the supervision module's rule, as /api/supervisions/targets is
        byUnit.values().forEach(row -> {
            row.put("target", supervisionTarget.min() + "-" + supervisionTarget.max());
            row.put("met", supervisionTarget.met(((Number) row.get("campaigns")).longValue(),
                    ((Number) row.get("closed")).longValue()));
        });
        card.put("supervision", byUnit.values());
        card.put("dialogue", jdbc.sql("""
                SELECT (SELECT count(*) FROM dash_dialogue WHERE year = :year) AS planned,
                       (SELECT count(*) FROM dash_dialogue WHERE year = :year AND held_at IS NOT NULL) AS held,
                       count(*) AS commitments,
                       count(*) FILTER (WHERE m.state = 'FULFILLED') AS fulfilled,
                       count(*) FILTER (WHERE m.state = 'UNFULFILLED') AS unfulfilled,
                       count(*) FILTER (WHERE m.state = 'OVERDUE') AS overdue
                FROM dash_commitment m JOIN dash_dialogue d ON d.conference_id = m.conference_id AND d.year = :year""")
                .param("year", year).query().singleRow());
        card.put("writtenAnswers", jdbc.sql("""
                SELECT count(*) AS requested, count(*) FILTER (WHERE w.state = 'ANSWERED') AS answered,
                       count(*) FILTER (WHERE w.state = 'ANSWERED' AND w.late) AS answered_late,
                       count(*) FILTER (WHERE w.state = 'OVERDUE') AS overdue
                FROM dash_written_answer w JOIN dash_dialogue d ON d.conference_id = w.conference_id AND d.year = ?""")
                .param(year).query().singleRow());
        card.put("recommendations", jdbc.sql("""
                SELECT count(*) AS made, count(*) FILTER (WHERE r.state IN ('ANSWERED', 'JUDGED')) AS answered,
                       count(*) FILTER (WHERE r.state = 'OVERDUE') AS overdue
                FROM dash_recommendation r JOIN dash_supervision s ON s.campaign_id = r.campaign_id AND s.year = ?""")
                .param(year).query().singleRow());
        return card;
    }

    List<Map<String, Object>> cases(CaseFilter filter, UnitScope scope, int limit, int offset) {
        CaseFilter.Condition where = filter.condition(scope, false);
        return jdbc.sql("""
                SELECT case_id, origin_unit, current_level, current_unit, status, state, case_type, subject_area,
                       channel, outcome, received_at, due_at, closed_at, escalations
                FROM dash_case WHERE %s ORDER BY received_at DESC, case_id LIMIT %d OFFSET %d"""
                .formatted(where.sql(), limit, offset)).params(where.params()).query().listOfRows();
    }

    /** The case's history as the events told it, or empty if the caller may not see the case. */
    List<Map<String, Object>> timeline(String caseId, UnitScope scope) {
        List<Map<String, Object>> events = jdbc.sql("""
                SELECT sequence, change, at, level, unit, status, late_state, actor FROM dash_case_event
                WHERE case_id = ? ORDER BY sequence""").param(caseId).query().listOfRows();
        boolean visible = scope.isAll() || events.stream().anyMatch(e -> scope.covers((String) e.get("unit")))
                || jdbc.sql("SELECT origin_unit FROM dash_case WHERE case_id = ?").param(caseId).query(String.class)
                        .optional().map(scope::covers).orElse(false);
        return visible ? events : List.of();
    }

    Instant latestChange() {
        return jdbc.sql("SELECT max(updated_at) FROM dash_case").query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant).orElse(null);
    }

    private List<Map<String, Object>> rows(String sql, CaseFilter.Condition where) {
        return jdbc.sql(sql.formatted(where.sql())).params(where.params()).query().listOfRows();
    }
}
