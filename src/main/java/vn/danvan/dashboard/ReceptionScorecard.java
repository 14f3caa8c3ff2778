package vn.danvan.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitScope;
import vn.danvan.reception.LeaderRole;
import vn.danvan.reception.ReceptionFrequencyRule;
import vn.danvan.reception.ReceptionPeriod;

/**
 * Reception days held against those required, per unit and leader role, over a month or a year.
 * Held days come from the read model (the {@code danvan.receptions} events); what is required from
 * the reception module's rule ({@link ReceptionFrequencyRule}, the DMN table), asked, not copied: a
 * unit whose head the law names a minimum for is measured even without a schedule.
 */
@Component
class ReceptionScorecard {

    private final JdbcClient jdbc;
    private final ReceptionFrequencyRule rule;

    ReceptionScorecard(JdbcClient jdbc, ReceptionFrequencyRule rule) {
        this.jdbc = jdbc;
        this.rule = rule;
    }

    /**
     * @param units the active units (those of the scope and the filter are shown)
     * @param today how far the period has run: {@code requiredSoFar} counts only weeks and months ended by then
     */
    List<Map<String, Object>> rows(ReceptionPeriod period, String unitFilter, UnitScope scope, List<Unit> units,
            LocalDate today) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Unit unit : units) {
            if (shown(unit.code(), unitFilter, scope)) {
                rule.measuredRole(unit).ifPresent(role -> rows.put(key(unit.code(), role.name()), row(unit.code(), role)));
            }
        }
        List<Map<String, Object>> counted = jdbc.sql("""
                SELECT unit, leader_role, count(*) FILTER (WHERE status IN ('HELD', 'RECORDED')) AS held,
                       count(*) FILTER (WHERE status = 'NOT_HELD') AS not_held,
                       count(*) FILTER (WHERE status = 'SCHEDULED') AS open,
                       coalesce(sum(citizens), 0) AS citizens, coalesce(sum(petitions), 0) AS petitions
                FROM dash_reception_day WHERE reception_date BETWEEN ? AND ? GROUP BY unit, leader_role""")
                .params(period.from(), period.to()).query().listOfRows();
        for (Map<String, Object> count : counted) {
            String unit = (String) count.get("unit");
            String role = (String) count.get("leader_role");
            if (!shown(unit, unitFilter, scope)) {
                continue;
            }
            Map<String, Object> row = rows.computeIfAbsent(key(unit, role), k -> row(unit, LeaderRole.valueOf(role)));
            for (String field : List.of("held", "not_held", "open", "citizens", "petitions")) {
                row.put(field, ((Number) count.get(field)).longValue());
            }
        }
        List<Map<String, Object>> result = new ArrayList<>(rows.values());
        for (Map<String, Object> row : result) {
            LeaderRole role = LeaderRole.valueOf((String) row.get("role"));
            ReceptionFrequencyRule.Requirement requirement = rule.of(role);
            int required = rule.required(role, period.from(), period.to());
            int soFar = rule.requiredBy(role, period.from(), period.to(), today);
            long held = (Long) row.get("held");
            row.put("required", required);
            row.put("requiredSoFar", soFar);
            row.put("minimum", requirement.days() + "/" + requirement.per());
            row.put("basis", requirement.basis());
            row.put("met", held >= soFar);
        }
        return result;
    }

    private static boolean shown(String unit, String filter, UnitScope scope) {
        return scope.covers(unit) && (filter == null || filter.equals(unit));
    }

    private static String key(String unit, String role) {
        return unit + "/" + role;
    }

    private static Map<String, Object> row(String unit, LeaderRole role) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", unit);
        row.put("role", role.name());
        row.put("roleLabel", role.label());
        row.put("held", 0L);
        row.put("not_held", 0L);
        row.put("open", 0L);
        row.put("citizens", 0L);
        row.put("petitions", 0L);
        return row;
    }
}
